// Config discovery and rule loading on disk, shared by the CLI and the language server.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, Linter, mergeConfigs, parseConfig, type Problem, type ProjectConfig, type Rule } from '../engine';
import { builtinRulesDir, loadRuleDirs } from './ruleFiles';

/** The nearest .etika-asn.yaml from `dir` upwards, if any; `exists` lets a caller answer from its cache. */
export function findConfigFile(dir: string, exists: (file: string) => boolean = fs.existsSync): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    const candidate = path.join(current, CONFIG_FILE_NAME);
    if (exists(candidate)) return candidate;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** A config file's text, read: rule folders are written relative to the file and come back absolute. */
export function configFromText(file: string, text: string): { config: ProjectConfig; problems: Problem[] } {
  const parsed = parseConfig(file, text);
  if (parsed.config.ruleFolders) parsed.config.ruleFolders = parsed.config.ruleFolders.map((d) => path.resolve(path.dirname(file), d));
  return parsed;
}

export function readConfigFile(file: string): { config: ProjectConfig; problems: Problem[] } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { config: {}, problems: [{ file, message: `tidak dapat dibaca: ${(e as Error).message}` }] };
  }
  return configFromText(file, text);
}

export interface Project {
  linter: Linter;
  rules: Rule[];
  config: ProjectConfig;
  configFile?: string;
  /** Problems in the config file or rule files; what could be loaded still works. */
  problems: Problem[];
}

export interface ProjectOptions {
  /** An explicit config file; otherwise the nearest one from `cwd` upwards. */
  configFile?: string;
  cwd?: string;
  /** Settings that apply over the config file (e.g. from the editor). */
  overrides?: ProjectConfig;
  /** Whether rule folders named in config may be loaded (false in untrusted workspaces). */
  allowRuleFolders?: boolean;
}

export function loadProject(options: ProjectOptions = {}): Project {
  const problems: Problem[] = [];
  const configFile = options.configFile ?? findConfigFile(options.cwd ?? process.cwd());
  let fileConfig: ProjectConfig = {};
  if (configFile) {
    const read = readConfigFile(configFile);
    fileConfig = read.config;
    problems.push(...read.problems);
  }
  const config = mergeConfigs(fileConfig, options.overrides);
  const folders = options.allowRuleFolders === false ? [] : (config.ruleFolders ?? []);
  const loaded = loadRuleDirs([builtinRulesDir(), ...folders]);
  problems.push(...loaded.problems);
  return { linter: new Linter(loaded.rules, config), rules: loaded.rules, config, configFile, problems };
}

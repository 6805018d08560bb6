// Config discovery and rule loading on disk, shared by the CLI and the language server.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, Linter, mergeConfigs, parseConfig, type Problem, type ProjectConfig, type Rule } from '../engine';
import { builtinRulesDir, loadRuleDirs } from './ruleFiles';

/** The nearest .etika-asn.yaml from `dir` upwards, if any. */
export function findConfigFile(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    const candidate = path.join(current, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

export function readConfigFile(file: string): { config: ProjectConfig; problems: Problem[] } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { config: {}, problems: [{ file, message: `tidak dapat dibaca: ${(e as Error).message}` }] };
  }
  const parsed = parseConfig(file, text);
  // rule folders are written relative to the config file
  if (parsed.config.ruleFolders) parsed.config.ruleFolders = parsed.config.ruleFolders.map((d) => path.resolve(path.dirname(file), d));
  return parsed;
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

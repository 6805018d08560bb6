// Config discovery and rule loading on disk, shared by the CLI and the language server.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, Linter, mergeConfigs, parseConfig, type ParsedConfig, type Problem, type ProjectConfig, type Rule } from '../engine';
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
export function configFromText(file: string, text: string): ParsedConfig {
  const parsed = parseConfig(file, text);
  if (parsed.config.ruleFolders) parsed.config.ruleFolders = parsed.config.ruleFolders.map((d) => path.resolve(path.dirname(file), d));
  return parsed;
}

/**
 * Rule ids in a config file's `rules:` that name no loaded rule (typos such as
 * `kesantunan/kata-kasr`), with the line and the closest real id.
 */
export function unknownRuleIds(file: string, read: ParsedConfig, rules: readonly Rule[]): Problem[] {
  const ids = new Set(rules.map((r) => r.id));
  const problems: Problem[] = [];
  for (const id of Object.keys(read.config.rules ?? {})) {
    if (!id.includes('/') || ids.has(id)) continue;
    const near = closest(id, ids);
    problems.push({ file, line: read.ruleLines?.[id], message: `rules.${id}: tidak ada aturan dengan id ini${near ? ` (maksudnya ${near}?)` : ''}` });
  }
  return problems;
}

function closest(id: string, ids: Set<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(id.length / 4)) + 1;
  for (const candidate of ids) {
    const d = editDistance(id, candidate, bestDistance);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot be below `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) >= limit) return limit;
    prev = row;
  }
  return prev[b.length];
}

export function readConfigFile(file: string): ParsedConfig {
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
  /** An explicit config file (null: none); otherwise the nearest one from `cwd` upwards. */
  configFile?: string | null;
  cwd?: string;
  /** Settings that apply over the config file (e.g. from the editor). */
  overrides?: ProjectConfig;
  /** Whether rule folders named in the config file may be loaded (false in untrusted workspaces). */
  allowRuleFolders?: boolean;
}

/** The config that applies and the rule folders to load, in order (a later folder's rule replaces an earlier one's). */
export interface ProjectPlan {
  config: ProjectConfig;
  ruleDirs: string[];
  /** Rule folders named by the config file that were not loaded (untrusted workspace). */
  skippedFolders: string[];
}

/**
 * One way to combine a config file with settings that apply over it (the editor's, the CLI's):
 * the overrides win key by key, and their rule folders load after the file's. Rule folders named
 * by the file load only when `allowFileRuleFolders` (a trusted workspace).
 */
export function planProject(read: ParsedConfig | undefined, overrides: ProjectConfig = {}, allowFileRuleFolders = true): ProjectPlan {
  const fileFolders = read?.config.ruleFolders ?? [];
  const config = mergeConfigs(read?.config, overrides);
  const ruleDirs = [builtinRulesDir(), ...(allowFileRuleFolders ? fileFolders : []), ...(overrides.ruleFolders ?? [])];
  return { config, ruleDirs, skippedFolders: allowFileRuleFolders ? [] : fileFolders };
}

export function loadProject(options: ProjectOptions = {}): Project {
  const problems: Problem[] = [];
  const configFile = options.configFile === null ? undefined : (options.configFile ?? findConfigFile(options.cwd ?? process.cwd()));
  let read: ReturnType<typeof readConfigFile> | undefined;
  if (configFile) {
    read = readConfigFile(configFile);
    problems.push(...read.problems);
  }
  const plan = planProject(read, options.overrides, options.allowRuleFolders !== false);
  const loaded = loadRuleDirs(plan.ruleDirs);
  problems.push(...loaded.problems);
  if (configFile && read) problems.push(...unknownRuleIds(configFile, read, loaded.rules));
  return { linter: new Linter(loaded.rules, plan.config), rules: loaded.rules, config: plan.config, configFile, problems };
}

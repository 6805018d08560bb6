// The workspace file .etika-asn.yaml. Pure: the caller reads the file.
import type { Node as YamlNode } from 'yaml';
import { yaml } from './yaml';
import type { EngineConfig } from './linter';
import { FILE_OPTION_NAMES, mergeOptionValue, OPTIONS, RULE_SETTINGS, type OptionName, type OptionSpec, type RuleSetting } from './options';
import { mergeRegistries, parseRegistry, type RegistryConfig } from './registry';
import type { Problem } from './rules';
import { CATEGORIES, RULE_ID_PATTERN } from './types';

export const CONFIG_FILE_NAME = '.etika-asn.yaml';

export interface ProjectConfig extends EngineConfig {
  /** Extra rule folders, as written (relative to the config file). */
  ruleFolders?: string[];
}

export interface ParsedConfig {
  config: ProjectConfig;
  problems: Problem[];
  /** Line of each key under `rules:`, so that an id naming no rule can be reported where it is written. */
  ruleLines?: Record<string, number>;
}

/**
 * Reads a config file. Every bad key is a problem naming the file, line and key; the
 * rest of the file still applies.
 */
export function parseConfig(file: string, text: string): ParsedConfig {
  const problems: Problem[] = [];
  const config: ProjectConfig = {};
  const ruleLines: Record<string, number> = {};
  const { LineCounter, parseDocument, isMap } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) problems.push({ file, line: lines.linePos(e.pos[0]).line, message: `YAML tidak valid: ${e.message.split('\n')[0]}` });
    return { config, problems };
  }
  if (doc.contents === null) return { config, problems };
  const lineOf = (node: unknown) => {
    const range = (node as YamlNode | null)?.range;
    return range ? lines.linePos(range[0]).line : undefined;
  };
  if (!isMap(doc.contents)) {
    problems.push({ file, line: lineOf(doc.contents), message: 'isi berkas harus berupa pemetaan (kunci: nilai)' });
    return { config, problems };
  }
  const bad = (node: unknown, key: string, why: string) => problems.push({ file, line: lineOf(node), message: `${key}: ${why}` });
  const stringList = (node: unknown, key: string): string[] | undefined => {
    const value = (node as YamlNode).toJSON?.() ?? (node as { value?: unknown })?.value;
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
    bad(node, key, 'harus berupa daftar teks');
    return undefined;
  };
  const set = config as Record<string, unknown>;
  for (const pair of doc.contents.items) {
    const key = String((pair.key as { value?: unknown })?.value);
    const node = pair.value;
    const spec: OptionSpec | undefined = Object.hasOwn(OPTIONS, key) ? OPTIONS[key as OptionName] : undefined;
    if (!spec?.inFile) {
      bad(pair.key, key, `kunci tidak dikenal (yang dikenal: ${FILE_OPTION_NAMES.join(', ')})`);
      continue;
    }
    switch (spec.kind) {
      case 'ruleSettings': {
        if (!isMap(node)) {
          bad(node ?? pair.key, key, `harus berupa pemetaan id-aturan: ${RULE_SETTINGS.join('|')}`);
          break;
        }
        const rules: Record<string, RuleSetting> = {};
        for (const r of node.items) {
          const id = String((r.key as { value?: unknown })?.value);
          const value = String((r.value as { value?: unknown } | null)?.value);
          if (!RULE_ID_PATTERN.test(id) || (!id.includes('/') && !(CATEGORIES as readonly string[]).includes(id))) {
            bad(r.key, `${key}.${id}`, 'bukan id aturan (kategori/nama) atau nama kategori');
          } else if (!(RULE_SETTINGS as readonly string[]).includes(value)) {
            bad(r.value ?? r.key, `${key}.${id}`, `nilai "${value}" harus salah satu dari ${RULE_SETTINGS.join(', ')}`);
          } else {
            rules[id] = value as RuleSetting;
            const line = lineOf(r.key);
            if (line !== undefined) ruleLines[id] = line;
          }
        }
        set[key] = rules;
        break;
      }
      case 'strings': {
        const list = stringList(node, key);
        if (list) set[key] = list;
        break;
      }
      case 'choice': {
        const value = String((node as { value?: unknown } | null)?.value);
        if (spec.values.includes(value)) set[key] = value;
        else bad(node ?? pair.key, key, `harus salah satu dari ${spec.values.join(', ')}`);
        break;
      }
      case 'registry': {
        const parsed = parseRegistry((node as YamlNode | null)?.toJSON?.() ?? null);
        for (const p of parsed.problems) bad(nodeAtPath(node, p.path) ?? pair.key, p.key, p.message);
        set[key] = parsed.registry;
        break;
      }
      default:
        bad(pair.key, key, 'bukan kunci berkas');
    }
  }
  return { config, problems, ruleLines };
}

/** Later configs override earlier ones, key by key, as each option's kind says (rule settings merge, lists add up). */
export function mergeConfigs(...configs: (ProjectConfig | undefined)[]): ProjectConfig {
  const out: Record<string, unknown> = {};
  for (const c of configs) {
    if (!c) continue;
    for (const name of FILE_OPTION_NAMES) {
      const value = mergeOptionValue(OPTIONS[name], out[name], (c as Record<string, unknown>)[name], (a, b) => mergeRegistries(a as RegistryConfig, b as RegistryConfig));
      if (value !== undefined) out[name] = value;
    }
  }
  return out as ProjectConfig;
}

/** The deepest YAML node along a key path (for the line of a problem). */
function nodeAtPath(node: unknown, path: (string | number)[]): unknown {
  const { isMap, isSeq } = yaml();
  let current = node;
  for (const part of path) {
    let next: unknown;
    if (isMap(current)) next = current.items.find((p) => (p.key as { value?: unknown } | null)?.value === part)?.value;
    else if (isSeq(current) && typeof part === 'number') next = current.items[part];
    if (!next) break;
    current = next;
  }
  return current;
}

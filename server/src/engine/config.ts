// The workspace file .etika-asn.yaml. Pure: the caller reads the file.
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';
import type { EngineConfig } from './linter';
import { mergeRegistries, parseRegistry } from './registry';
import type { Problem } from './rules';
import { CATEGORIES, REDACTION_STYLES, RULE_ID_PATTERN, SEVERITIES, type RedactionStyle, type Severity } from './types';

export const CONFIG_FILE_NAME = '.etika-asn.yaml';

export interface ProjectConfig extends EngineConfig {
  /** Extra rule folders, as written (relative to the config file). */
  ruleFolders?: string[];
}

const RULE_SETTINGS = ['off', 'on', ...SEVERITIES];

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
  for (const pair of doc.contents.items) {
    const key = String((pair.key as { value?: unknown })?.value);
    const node = pair.value;
    switch (key) {
      case 'rules': {
        if (!isMap(node)) {
          bad(node ?? pair.key, 'rules', 'harus berupa pemetaan id-aturan: off|on|error|warning|info|hint');
          break;
        }
        config.rules = {};
        for (const r of node.items) {
          const id = String((r.key as { value?: unknown })?.value);
          const value = String((r.value as { value?: unknown } | null)?.value);
          if (!RULE_ID_PATTERN.test(id) || (!id.includes('/') && !(CATEGORIES as readonly string[]).includes(id))) {
            bad(r.key, `rules.${id}`, 'bukan id aturan (kategori/nama) atau nama kategori');
          } else if (!RULE_SETTINGS.includes(value)) {
            bad(r.value ?? r.key, `rules.${id}`, `nilai "${value}" harus salah satu dari ${RULE_SETTINGS.join(', ')}`);
          } else {
            config.rules[id] = value as Severity | 'off' | 'on';
            const line = lineOf(r.key);
            if (line !== undefined) ruleLines[id] = line;
          }
        }
        break;
      }
      case 'allow': {
        const list = stringList(node, 'allow');
        if (list) config.allow = list;
        break;
      }
      case 'ruleFolders': {
        const list = stringList(node, 'ruleFolders');
        if (list) config.ruleFolders = list;
        break;
      }
      case 'redaction': {
        const value = String((node as { value?: unknown } | null)?.value);
        if ((REDACTION_STYLES as readonly string[]).includes(value)) config.redaction = value as RedactionStyle;
        else bad(node ?? pair.key, 'redaction', `harus salah satu dari ${REDACTION_STYLES.join(', ')}`);
        break;
      }
      case 'pemilihan': {
        const parsed = parseRegistry((node as YamlNode | null)?.toJSON?.() ?? null);
        for (const p of parsed.problems) bad(nodeAtPath(node, p.path) ?? pair.key, p.key, p.message);
        config.pemilihan = parsed.registry;
        break;
      }
      default:
        bad(pair.key, key, 'kunci tidak dikenal (yang dikenal: rules, allow, ruleFolders, redaction, pemilihan)');
    }
  }
  return { config, problems, ruleLines };
}

/** Later configs override earlier ones, key by key; rule settings merge. */
export function mergeConfigs(...configs: (ProjectConfig | undefined)[]): ProjectConfig {
  const out: ProjectConfig = {};
  for (const c of configs) {
    if (!c) continue;
    if (c.rules) out.rules = { ...out.rules, ...c.rules };
    if (c.allow) out.allow = [...(out.allow ?? []), ...c.allow];
    if (c.ruleFolders) out.ruleFolders = [...(out.ruleFolders ?? []), ...c.ruleFolders];
    if (c.redaction) out.redaction = c.redaction;
    if (c.pemilihan) out.pemilihan = mergeRegistries(out.pemilihan, c.pemilihan);
  }
  return out;
}

/** The deepest YAML node along a key path (for the line of a problem). */
function nodeAtPath(node: unknown, path: (string | number)[]): unknown {
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

// The options an office or a user sets, declared once. From this table come: the keys
// `.etika-asn.yaml` accepts (parseConfig) and how configs merge (mergeConfigs), the `etikaAsn.*`
// editor settings with their defaults (normalizeSettings), and package.json's
// `contributes.configuration` (written by scripts/gen-settings.ts; a test keeps it in step).
import { REDACTION_STYLES, SEVERITIES } from './types';

export const RULE_SETTINGS = ['off', 'on', ...SEVERITIES] as const;
export type RuleSetting = (typeof RULE_SETTINGS)[number];

// 'text' is plain text as Neovim and Helix name it
export const DEFAULT_LANGUAGES: readonly string[] = ['plaintext', 'text', 'markdown', 'siaran-pers'];

/** What values an option takes; the parsers, the merge and the JSON schema follow the kind. */
export type OptionKind =
  | { kind: 'boolean'; default: boolean }
  | { kind: 'strings'; default: readonly string[] }
  /** rule id or category → off | on | severity */
  | { kind: 'ruleSettings'; default: Record<string, never> }
  | { kind: 'choice'; values: readonly string[]; default?: undefined }
  /** the election registry (engine/registry.ts checks it) */
  | { kind: 'registry'; default?: undefined };

export type OptionSpec = OptionKind & {
  /** Also a key of `.etika-asn.yaml` (else an editor setting only). */
  inFile: boolean;
  /** VS Code's setting scope. */
  scope: 'resource' | 'window';
};

export const OPTIONS = {
  enable: { kind: 'boolean', default: true, inFile: false, scope: 'resource' },
  languages: { kind: 'strings', default: DEFAULT_LANGUAGES, inFile: false, scope: 'window' },
  rules: { kind: 'ruleSettings', default: {}, inFile: true, scope: 'resource' },
  ruleFolders: { kind: 'strings', default: [], inFile: true, scope: 'resource' },
  allow: { kind: 'strings', default: [], inFile: true, scope: 'resource' },
  // unset in the editor: the file's choice, else label
  redaction: { kind: 'choice', values: REDACTION_STYLES, inFile: true, scope: 'resource' },
  pemilihan: { kind: 'registry', inFile: true, scope: 'resource' },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

type ValueOf<O> = O extends { kind: 'boolean' }
  ? boolean
  : O extends { kind: 'strings' }
    ? string[]
    : O extends { kind: 'ruleSettings' }
      ? Record<string, RuleSetting>
      : O extends { kind: 'choice'; values: readonly (infer V)[] }
        ? V
        : unknown;

type Options = typeof OPTIONS;
type WithDefault = { [K in OptionName]: Options[K] extends { default: unknown } ? K : never }[OptionName];

/** `etikaAsn.*` settings after normalizeSettings: options with a default are always there. */
export type Settings = { [K in WithDefault]: ValueOf<Options[K]> } & { [K in Exclude<OptionName, WithDefault>]?: ValueOf<Options[K]> };

export const FILE_OPTION_NAMES = (Object.keys(OPTIONS) as OptionName[]).filter((name) => OPTIONS[name].inFile);

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** An option's value from user JSON, or undefined when missing or ill-formed (ill-formed parts of a list or map are dropped). */
export function readOptionValue(spec: OptionSpec, raw: unknown): unknown {
  switch (spec.kind) {
    case 'boolean':
      return typeof raw === 'boolean' ? raw : undefined;
    case 'strings':
      return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : undefined;
    case 'ruleSettings':
      if (!isObject(raw)) return undefined;
      return Object.fromEntries(Object.entries(raw).filter(([, v]) => (RULE_SETTINGS as readonly unknown[]).includes(v)));
    case 'choice':
      return spec.values.includes(raw as string) ? raw : undefined;
    case 'registry':
      // an empty object is VS Code's default for "not set"
      return isObject(raw) && Object.keys(raw).length > 0 ? raw : undefined;
  }
}

/** Settings come from user JSON: keep well-formed values, default the rest. */
export function normalizeSettings(raw: unknown): Settings {
  const from = isObject(raw) ? raw : {};
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(OPTIONS) as OptionName[]) {
    const spec: OptionSpec = OPTIONS[name];
    // a copy: one document's settings must not change the defaults
    const value = readOptionValue(spec, from[name]) ?? (spec.default === undefined ? undefined : jsonCopy(spec.default));
    if (value !== undefined) out[name] = value;
  }
  return out as Settings;
}

export const DEFAULT_SETTINGS: Settings = normalizeSettings({});

/** Later values override earlier ones by the option's kind: lists add up, maps merge, the rest is replaced. */
export function mergeOptionValue(spec: OptionSpec, earlier: unknown, later: unknown, mergeRegistry: (a: unknown, b: unknown) => unknown): unknown {
  if (later === undefined) return earlier;
  if (earlier === undefined) return later;
  switch (spec.kind) {
    case 'strings':
      return [...(earlier as string[]), ...(later as string[])];
    case 'ruleSettings':
      return { ...(earlier as object), ...(later as object) };
    case 'registry':
      return mergeRegistry(earlier, later);
    default:
      return later;
  }
}

/** A deep copy with the language alone (the browser build runs where structuredClone may be missing). */
function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value));
}

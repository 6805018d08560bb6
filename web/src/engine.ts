/// <reference path="./modules.d.ts" />
// The engine for browsers and other JavaScript hosts (web checker, Word add-in): the same
// Linter, rules and summary as the CLI, with the shipped rules from the build's pre-validated
// bundle. No Node APIs, no network. Built by scripts/build-web.mjs into dist/web/etika-asn.js,
// which defines the global `EtikaAsn`. The API is documented in docs/web-api.md.
import { stringify } from 'yaml';
import {
  applyEdits,
  buildSummary,
  CATEGORIES,
  CATEGORY_NAMES,
  compileTrustedRule,
  fixText,
  Linter,
  LineIndex,
  parseConfig,
  renderSummary,
  REDACTION_STYLES,
  SEVERITIES,
  SEVERITY_NAMES,
  type ComplianceSummary,
  type Finding,
  type FixResult,
  type FixSelection,
  type Problem,
  type ProjectConfig,
  type Rule,
  type BundledRule,
} from '../../server/src/engine';
// resolved by the build to dist/builtin-rules.json (written by scripts/bundle-rules.ts)
import bundle from 'etika-asn:builtin-rules';
import { version } from '../../package.json';

export { version, CATEGORIES, CATEGORY_NAMES, SEVERITIES, SEVERITY_NAMES, REDACTION_STYLES, renderSummary };
export type { Finding, ComplianceSummary, ProjectConfig, Problem, FixResult };

let shipped: Rule[] | undefined;
/** The shipped rules, compiled once (they were validated when the bundle was built). */
function shippedRules(): Rule[] {
  shipped ??= (bundle as BundledRule[])
    .map((e) => compileTrustedRule(`rules/${e.file}`, e).rule)
    .filter((r): r is Rule => r !== undefined);
  return shipped;
}

/** Config as an object shaped like `.etika-asn.yaml`, or that file's text. */
export type ConfigInput = ProjectConfig | Record<string, unknown> | string | undefined | null;

const CONFIG_NAME = '.etika-asn.yaml';

/**
 * Reads a config the way the CLI reads `.etika-asn.yaml` (the engine's parseConfig, so every
 * section it knows is accepted and passed on, and every bad key is a problem). Rule folders
 * cannot be read in a browser: they are reported and left out.
 */
export function readConfig(input: ConfigInput): { config: ProjectConfig; problems: Problem[] } {
  if (input === undefined || input === null) return { config: {}, problems: [] };
  const text = typeof input === 'string' ? input : stringify(input);
  const parsed = parseConfig(CONFIG_NAME, text);
  if (parsed.config.ruleFolders) {
    parsed.problems.push({ file: CONFIG_NAME, message: 'ruleFolders: folder aturan tidak dapat dibaca di peramban; hanya aturan bawaan yang dipakai' });
    delete parsed.config.ruleFolders;
  }
  return parsed;
}

export interface CheckOptions {
  /** 'markdown' reads the text as Markdown; anything else as plain text. */
  languageId?: string;
  /** Overrides the checker's config for this call (same shape as `.etika-asn.yaml`). */
  config?: ConfigInput;
}

export interface FixOptions {
  languageId?: string;
  /** 'safe' (default): each finding's preferred fix where it is safe; 'redact': every personal-data redaction. */
  select?: FixSelection;
  config?: ConfigInput;
}

/** One configured engine: build it once per config, check as often as needed. */
export class Checker {
  readonly config: ProjectConfig;
  readonly problems: Problem[];
  private readonly linter: Linter;

  constructor(config?: ConfigInput) {
    const read = readConfig(config);
    this.config = read.config;
    this.problems = read.problems;
    this.linter = new Linter(shippedRules(), this.config);
  }

  /** Findings for a text, in document order; ranges in UTF-16 code units, as the CLI's JSON. */
  check(text: string, options: { languageId?: string } = {}): Finding[] {
    return this.linter.lint(text, { languageId: options.languageId });
  }

  /**
   * The engine's fixer (the CLI's --fix, the editor's fix-all and redact-all): applies the chosen
   * fixes, merges overlapping ones, and keeps no edit that makes a new finding appear.
   * `edits` are in the original text's offsets; `findings` are those of the fixed text.
   */
  fix(text: string, options: { languageId?: string; select?: FixSelection; findings?: Finding[] } = {}): FixResult {
    return fixText(this.linter, text, options);
  }

  /** The compliance summary (verdict, counts, checklist, statistics) as the CLI builds it. */
  summary(text: string, findings: readonly Finding[] = this.check(text), options: { file?: string } = {}): ComplianceSummary {
    return buildSummary(text, findings, options);
  }
}

const checkers = new Map<string, Checker>();
/** A checker for this config, reused across calls with the same config. */
export function checker(config?: ConfigInput): Checker {
  const key = typeof config === 'string' ? config : JSON.stringify(config ?? null);
  let c = checkers.get(key);
  if (!c) {
    if (checkers.size > 16) checkers.clear();
    c = new Checker(config);
    checkers.set(key, c);
  }
  return c;
}

export function check(text: string, options: CheckOptions = {}): Finding[] {
  return checker(options.config).check(text, options);
}

export function summary(text: string, findings?: readonly Finding[], options: { file?: string; languageId?: string; config?: ConfigInput } = {}): ComplianceSummary {
  const c = checker(options.config);
  return c.summary(text, findings ?? c.check(text, options), { file: options.file });
}

/** All safe fixes (or, with select 'redact', every personal-data redaction), as `etika-asn check --fix` applies them. */
export function applyFixes(text: string, findings?: readonly Finding[], options: FixOptions = {}): FixResult {
  return checker(options.config).fix(text, { languageId: options.languageId, select: options.select, findings: findings ? [...findings] : undefined });
}

/** Redacts every personal-data finding, in the redaction style of the config. */
export function redactAll(text: string, findings?: readonly Finding[], options: Omit<FixOptions, 'select'> = {}): FixResult {
  return applyFixes(text, findings, { ...options, select: 'redact' });
}

/** One fix of one finding (its preferred fix unless another is named), as an editor's quick fix applies it. */
export function applyFix(text: string, finding: Finding, fix = finding.fixes.find((x) => x.preferred) ?? finding.fixes[0]): { text: string; applied: number } {
  return fix ? applyEdits(text, fix.edits) : { text, applied: 0 };
}

/** The shipped rules: id, category, severity, title, basis, and whether they carry a fix. */
export function rules(): { id: string; category: string; severity: string; title: string; description: string; basis: string; fixable: boolean }[] {
  return shippedRules().map((r) => ({ id: r.id, category: r.category, severity: r.severity, title: r.title, description: r.description, basis: r.basis, fixable: !!r.fix }));
}

/** Offsets <-> 0-based line/character (UTF-16), as findings count them. */
export function lineIndex(text: string): LineIndex {
  return new LineIndex(text);
}

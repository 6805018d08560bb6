/**
 * Quality on real text: runs the rules over the labelled real-text corpus (corpus/*.jsonl, see
 * corpus/SOURCES.md) and measures, per category and per rule, how often a finding agrees with a
 * human label. Used by `npm run eval` (scripts/eval.ts) and by test/eval/.
 *
 * An item is "flagged" for a category when it has at least one finding of that category. Only
 * items labelled for a category count towards it (labels absent = not measured).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectConfig } from '../server/src/engine/config';
import { CATEGORIES, type Category, type Finding, type Severity } from '../server/src/engine/types';

export const GENRES = ['social', 'news', 'official', 'hoax', 'election', 'selling'] as const;
export type Genre = (typeof GENRES)[number];
export type Split = 'dev' | 'test';

export interface CorpusItem {
  id: string;
  text: string;
  genre: Genre;
  labels: Partial<Record<Category, 0 | 1>>;
  split: Split;
  source: string;
}

/** The split an id belongs to: `test` when the first byte of sha1(id) < 102 (about 40 %). */
export function splitOf(id: string): Split {
  return createHash('sha1').update(id, 'utf8').digest()[0] < 102 ? 'test' : 'dev';
}

export interface CorpusFile {
  file: string;
  items: CorpusItem[];
}

export function corpusFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Sets whose source licence is unknown or forbids redistribution: never committed, rebuilt from a
 * pinned commit into corpus/local/ (git-ignored) by `python3 corpus/build/build_corpus.py --local
 * MIRRORS`. The eval reads those present and names those absent; their figures are kept apart.
 */
export const LOCAL_SETS = ['mafindo-2015-2020'] as const;
export const LOCAL_DIR = 'local';

/** The local-only set files present under `corpusDir`/local, and the names of those absent. */
export function localCorpusFiles(corpusDir: string): { present: string[]; absent: string[] } {
  const file = (name: string) => join(corpusDir, LOCAL_DIR, `${name}.jsonl`);
  return {
    present: LOCAL_SETS.filter((n) => existsSync(file(n))).map(file),
    absent: LOCAL_SETS.filter((n) => !existsSync(file(n))),
  };
}

/** Reads corpus files; a line that is not JSON throws with its file and line. */
export function loadCorpus(files: string[]): CorpusFile[] {
  return files.map((file) => {
    const items: CorpusItem[] = [];
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        try {
          items.push(JSON.parse(line) as CorpusItem);
        } catch (e) {
          throw new Error(`${file}:${i + 1}: ${(e as Error).message}`);
        }
      });
    return { file, items };
  });
}

/** What the eval needs of a rule: its id, category and (configured) severity. */
export interface RuleInfo {
  id: string;
  category: Category;
  severity: Severity;
}

export type LintFn = (text: string) => Pick<Finding, 'ruleId' | 'category' | 'severity' | 'match' | 'offset'>[];

export interface CategoryFigures {
  category: Category;
  labelled: number;
  positives: number;
  /** Items flagged by any finding of the category. */
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  falsePositiveRate: number;
  /** The same, counting only error and warning findings. */
  tpStrong: number;
  fpStrong: number;
  precisionStrong: number;
  recallStrong: number;
}

export interface RuleFigures {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Labelled items (for the rule's category) on which the rule fired at least once. */
  onPositive: number;
  onNegative: number;
  precision: number;
  /** Findings on items not labelled for the rule's category. */
  unlabelled: number;
}

export interface GenreDensity {
  genre: Genre;
  items: number;
  words: number;
  errors: number;
  warnings: number;
  errorsPer1k: number;
  errorsWarningsPer1k: number;
}

export interface TargetResult {
  name: string;
  value: string;
  target: string;
  ok: boolean;
}

export interface ErrorCase {
  kind: 'miss' | 'false-alarm';
  category: Category;
  id: string;
  genre: Genre;
  rules: string[];
  matches: string[];
  text: string;
}

/** One category measured on the items of one source (a SOURCES.md key), so sets are told apart. */
export interface SourceFigures {
  source: string;
  category: Category;
  labelled: number;
  positives: number;
  tp: number;
  fp: number;
  precision: number;
  recall: number;
  falsePositiveRate: number;
}

export interface EvalReport {
  split: Split | 'all';
  items: number;
  categories: CategoryFigures[];
  sources: SourceFigures[];
  rules: RuleFigures[];
  genres: GenreDensity[];
  targets: TargetResult[];
  errors: ErrorCase[];
}

const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Targets the rule helpers aim at (issue #10/#11). */
export const TARGETS = {
  kesantunanRecall: 0.8,
  kesantunanPrecision: 0.92,
  hoaxFlagged: 0.4,
  newsFlaggedHoaks: 0.05,
  officialErrorsPer1k: 0.05,
  officialErrorsWarningsPer1k: 0.25,
  partisanFlagged: 0.3,
  partisanFlaggedWithRegistry: 0.6,
  formalFlaggedNetralitas: 0.01,
  errorRulePrecision: 0.95,
  errorRuleMinFires: 5,
};

/** `registry`: the items were linted with their election registry (corpus/<set>.registry.yaml), which sets the partisan-post target. */
export function evaluate(items: CorpusItem[], lint: LintFn, rules: RuleInfo[], split: Split | 'all', options: { registry?: boolean } = {}): EvalReport {
  const chosen = split === 'all' ? items : items.filter((i) => i.split === split);
  const cat = new Map<Category, CategoryFigures>();
  for (const c of CATEGORIES)
    cat.set(c, { category: c, labelled: 0, positives: 0, tp: 0, fp: 0, fn: 0, tn: 0, precision: NaN, recall: NaN, falsePositiveRate: NaN, tpStrong: 0, fpStrong: 0, precisionStrong: NaN, recallStrong: NaN });
  const perRule = new Map<string, RuleFigures>();
  for (const r of rules) perRule.set(r.id, { ruleId: r.id, category: r.category, severity: r.severity, onPositive: 0, onNegative: 0, precision: NaN, unlabelled: 0 });
  const genres = new Map<Genre, GenreDensity>();
  const perSource = new Map<string, SourceFigures>();
  const errors: ErrorCase[] = [];
  // Per genre: items labelled for kesantunan/hoaks and flagged, for the targets.
  const socialKes = { tp: 0, fp: 0, fn: 0 };
  const hoaxGenre = { n: 0, flagged: 0 };
  const newsGenre = { n: 0, flagged: 0 };
  const partisan = { n: 0, flagged: 0 };
  const formalNetralitas = { n: 0, flagged: 0 };

  for (const item of chosen) {
    const findings = lint(item.text);
    const g = genres.get(item.genre) ?? { genre: item.genre, items: 0, words: 0, errors: 0, warnings: 0, errorsPer1k: NaN, errorsWarningsPer1k: NaN };
    genres.set(item.genre, g);
    g.items++;
    g.words += wordCount(item.text);
    for (const f of findings) {
      if (f.severity === 'error') g.errors++;
      else if (f.severity === 'warning') g.warnings++;
    }
    const firedRules = new Set(findings.map((f) => f.ruleId));
    for (const ruleId of firedRules) {
      const rf = perRule.get(ruleId);
      if (!rf) continue;
      const label = item.labels[rf.category];
      if (label === 1) rf.onPositive++;
      else if (label === 0) rf.onNegative++;
      else rf.unlabelled++;
    }
    for (const c of CATEGORIES) {
      const label = item.labels[c];
      if (label === undefined) continue;
      const fc = cat.get(c)!;
      const ofCat = findings.filter((f) => f.category === c);
      const flagged = ofCat.length > 0;
      const strong = ofCat.some((f) => f.severity === 'error' || f.severity === 'warning');
      fc.labelled++;
      const sk = `${item.source}\t${c}`;
      const sf = perSource.get(sk) ?? { source: item.source, category: c, labelled: 0, positives: 0, tp: 0, fp: 0, precision: NaN, recall: NaN, falsePositiveRate: NaN };
      perSource.set(sk, sf);
      sf.labelled++;
      if (label === 1) sf.positives++;
      if (flagged && label === 1) sf.tp++;
      else if (flagged) sf.fp++;
      if (label === 1) {
        fc.positives++;
        if (flagged) fc.tp++;
        else fc.fn++;
        if (strong) fc.tpStrong++;
      } else {
        if (flagged) fc.fp++;
        else fc.tn++;
        if (strong) fc.fpStrong++;
      }
      if (c === 'kesantunan' && item.genre === 'social') {
        if (flagged && label === 1) socialKes.tp++;
        else if (flagged) socialKes.fp++;
        else if (label === 1) socialKes.fn++;
      }
      if (c === 'hoaks' && label === 1 && item.genre === 'hoax') {
        hoaxGenre.n++;
        if (flagged) hoaxGenre.flagged++;
      }
      if (c === 'hoaks' && label === 0 && item.genre === 'news') {
        newsGenre.n++;
        if (flagged) newsGenre.flagged++;
      }
      if (c === 'netralitas' && label === 1 && item.genre === 'election') {
        partisan.n++;
        if (flagged) partisan.flagged++;
      }
      if (c === 'netralitas' && label === 0 && (item.genre === 'news' || item.genre === 'official')) {
        formalNetralitas.n++;
        if (strong) formalNetralitas.flagged++;
      }
      if (label === 1 && !flagged) errors.push({ kind: 'miss', category: c, id: item.id, genre: item.genre, rules: [], matches: [], text: item.text });
      if (label === 0 && flagged)
        errors.push({ kind: 'false-alarm', category: c, id: item.id, genre: item.genre, rules: [...new Set(ofCat.map((f) => `${f.ruleId} (${f.severity})`))], matches: ofCat.map((f) => f.match), text: item.text });
    }
  }

  for (const fc of cat.values()) {
    fc.precision = ratio(fc.tp, fc.tp + fc.fp);
    fc.recall = ratio(fc.tp, fc.positives);
    fc.falsePositiveRate = ratio(fc.fp, fc.fp + fc.tn);
    fc.precisionStrong = ratio(fc.tpStrong, fc.tpStrong + fc.fpStrong);
    fc.recallStrong = ratio(fc.tpStrong, fc.positives);
  }
  for (const sf of perSource.values()) {
    sf.precision = ratio(sf.tp, sf.tp + sf.fp);
    sf.recall = ratio(sf.tp, sf.positives);
    sf.falsePositiveRate = ratio(sf.fp, sf.labelled - sf.positives);
  }
  for (const rf of perRule.values()) rf.precision = ratio(rf.onPositive, rf.onPositive + rf.onNegative);
  for (const g of genres.values()) {
    g.errorsPer1k = ratio(1000 * g.errors, g.words);
    g.errorsWarningsPer1k = ratio(1000 * (g.errors + g.warnings), g.words);
  }

  const targets: TargetResult[] = [];
  const kp = ratio(socialKes.tp, socialKes.tp + socialKes.fp);
  const kr = ratio(socialKes.tp, socialKes.tp + socialKes.fn);
  targets.push({ name: 'kesantunan on social posts: recall', value: fmt(kr), target: `>= ${TARGETS.kesantunanRecall}`, ok: kr >= TARGETS.kesantunanRecall });
  targets.push({ name: 'kesantunan on social posts: precision', value: fmt(kp), target: `>= ${TARGETS.kesantunanPrecision}`, ok: kp >= TARGETS.kesantunanPrecision });
  const hf = ratio(hoaxGenre.flagged, hoaxGenre.n);
  targets.push({ name: `hoax narratives flagged (hoaks, any severity; n=${hoaxGenre.n})`, value: pct(hf), target: `>= ${pct(TARGETS.hoaxFlagged)}`, ok: hf >= TARGETS.hoaxFlagged });
  const nf = ratio(newsGenre.flagged, newsGenre.n);
  targets.push({ name: `verified news flagged as hoaks (n=${newsGenre.n})`, value: pct(nf), target: `<= ${pct(TARGETS.newsFlaggedHoaks)}`, ok: nf <= TARGETS.newsFlaggedHoaks });
  const off = genres.get('official');
  if (off) {
    targets.push({ name: 'official: errors per 1,000 words', value: fmt(off.errorsPer1k), target: `<= ${TARGETS.officialErrorsPer1k}`, ok: off.errorsPer1k <= TARGETS.officialErrorsPer1k });
    targets.push({ name: 'official: errors+warnings per 1,000 words', value: fmt(off.errorsWarningsPer1k), target: `<= ${TARGETS.officialErrorsWarningsPer1k}`, ok: off.errorsWarningsPer1k <= TARGETS.officialErrorsWarningsPer1k });
  }
  if (partisan.n > 0) {
    const goal = options.registry ? TARGETS.partisanFlaggedWithRegistry : TARGETS.partisanFlagged;
    const pf = ratio(partisan.flagged, partisan.n);
    targets.push({ name: `partisan election posts flagged netralitas, ${options.registry ? 'with' : 'no'} registry (n=${partisan.n})`, value: pct(pf), target: `>= ${pct(goal)}`, ok: pf >= goal });
  }
  if (formalNetralitas.n > 0) {
    const ff = ratio(formalNetralitas.flagged, formalNetralitas.n);
    targets.push({ name: `news/official flagged netralitas, error|warning (n=${formalNetralitas.n})`, value: pct(ff), target: `<= ${pct(TARGETS.formalFlaggedNetralitas)}`, ok: ff <= TARGETS.formalFlaggedNetralitas });
  }
  for (const r of failingErrorRules({ rules: [...perRule.values()] } as EvalReport))
    targets.push({ name: `error rule ${r.ruleId}: precision (fired on ${r.onPositive + r.onNegative})`, value: fmt(r.precision), target: `>= ${TARGETS.errorRulePrecision}`, ok: false });

  return {
    split,
    items: chosen.length,
    categories: [...cat.values()],
    sources: [...perSource.values()].sort((a, b) => a.source.localeCompare(b.source) || CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category)),
    rules: [...perRule.values()].sort((a, b) => a.ruleId.localeCompare(b.ruleId)),
    genres: [...genres.values()].sort((a, b) => a.genre.localeCompare(b.genre)),
    targets,
    errors,
  };
}

/** Error-severity rules that fired on at least `minFires` labelled items with precision below `minPrecision`. */
export function failingErrorRules(report: Pick<EvalReport, 'rules'>, minFires = TARGETS.errorRuleMinFires, minPrecision = TARGETS.errorRulePrecision): RuleFigures[] {
  return report.rules.filter((r) => r.severity === 'error' && r.onPositive + r.onNegative >= minFires && !(r.precision >= minPrecision));
}

export function fmt(x: number): string {
  return Number.isNaN(x) ? '-' : x.toFixed(3);
}
function pct(x: number): string {
  return Number.isNaN(x) ? '-' : `${(100 * x).toFixed(1)} %`;
}

function tableOf(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The report as text tables (also used for the README section). */
export function renderReport(report: EvalReport): string {
  const out: string[] = [];
  out.push(`Split: ${report.split}; ${report.items} items.`);
  out.push('\nPer category (flagged = any finding of the category; P/R strong = error+warning findings only):\n');
  out.push(
    tableOf(
      ['category', 'labelled', 'pos', 'TP', 'FP', 'FN', 'P', 'R', 'FPR', 'P strong', 'R strong'],
      report.categories
        .filter((c) => c.labelled > 0)
        .map((c) => [c.category, String(c.labelled), String(c.positives), String(c.tp), String(c.fp), String(c.fn), fmt(c.precision), fmt(c.recall), fmt(c.falsePositiveRate), fmt(c.precisionStrong), fmt(c.recallStrong)]),
    ),
  );
  out.push('\nPer source, for the categories it labels with a positive or a false alarm (FPR = flagged / labelled 0):\n');
  out.push(
    tableOf(
      ['source', 'category', 'labelled', 'pos', 'TP', 'FP', 'P', 'R', 'FPR'],
      report.sources.filter((f) => f.positives + f.fp > 0).map((f) => [f.source, f.category, String(f.labelled), String(f.positives), String(f.tp), String(f.fp), fmt(f.precision), fmt(f.recall), fmt(f.falsePositiveRate)]),
    ),
  );
  out.push('\nPer rule that fired (items labelled 1 / 0 for its category; P = on1 / (on1 + on0)):\n');
  const fired = report.rules.filter((r) => r.onPositive + r.onNegative + r.unlabelled > 0);
  out.push(
    fired.length === 0
      ? '(no rule fired)'
      : tableOf(
          ['rule', 'severity', 'on 1', 'on 0', 'P', 'unlabelled'],
          fired.map((r) => [r.ruleId, r.severity, String(r.onPositive), String(r.onNegative), fmt(r.precision), String(r.unlabelled)]),
        ),
  );
  out.push('\nFindings per 1,000 words by genre:\n');
  out.push(
    tableOf(
      ['genre', 'items', 'words', 'errors', 'warnings', 'E/1k', 'E+W/1k'],
      report.genres.map((g) => [g.genre, String(g.items), String(g.words), String(g.errors), String(g.warnings), fmt(g.errorsPer1k), fmt(g.errorsWarningsPer1k)]),
    ),
  );
  out.push('\nTargets:\n');
  out.push(tableOf(['target', 'value', 'goal', ''], report.targets.map((t) => [t.name, t.value, t.target, t.ok ? 'ok' : 'MISSED'])));
  return out.join('\n');
}

export function renderErrors(report: EvalReport, limit = 400): string {
  const out: string[] = [];
  const short = (t: string) => (t.length > 300 ? t.slice(0, 300) + '…' : t).replace(/\s+/g, ' ');
  for (const kind of ['false-alarm', 'miss'] as const) {
    const list = report.errors.filter((e) => e.kind === kind);
    out.push(`\n${kind === 'miss' ? 'Misses' : 'False alarms'} (${list.length}${list.length > limit ? `, first ${limit}` : ''}):`);
    for (const e of list.slice(0, limit)) {
      const why = kind === 'false-alarm' ? ` ${e.rules.join(', ')} on ${JSON.stringify([...new Set(e.matches)].slice(0, 5))}` : '';
      out.push(`  [${e.category}] ${e.id} (${e.genre})${why}\n      ${short(e.text)}`);
    }
  }
  return out.join('\n');
}

/** The election registry that goes with a corpus set (corpus/<set>.registry.yaml), if it has one. */
export function registryOf(corpusFile: string): { file: string; config: ProjectConfig } | undefined {
  const file = corpusFile.replace(/\.jsonl$/, '.registry.yaml');
  if (!existsSync(file)) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parseConfig } = require('../server/src/engine') as typeof import('../server/src/engine');
  const { config, problems } = parseConfig(file, readFileSync(file, 'utf8'));
  if (problems.length) throw new Error(`${file}: ${problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')}`);
  return { file, config };
}

/** The built-in rules, as the CLI runs them; with no config (outside a project) by default: what users get. */
export function builtinEngine(config: ProjectConfig = {}): { lint: LintFn; rules: RuleInfo[] } {
  // Loaded lazily so the metric functions above stay importable without the rule files.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Linter } = require('../server/src/engine') as typeof import('../server/src/engine');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { builtinRulesDir, loadRuleDirs } = require('../server/src/node/ruleFiles') as typeof import('../server/src/node/ruleFiles');
  const { rules, problems } = loadRuleDirs([builtinRulesDir()]);
  if (problems.length) throw new Error('rule problems:\n' + problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
  const linter = new Linter(rules, config);
  return { lint: (text) => linter.lint(text, { languageId: 'plaintext' }), rules: rules.map((r) => ({ id: r.id, category: r.category, severity: r.severity })) };
}

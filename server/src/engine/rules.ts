// Rule files: parse YAML, validate against rules/schema.json, compile patterns safely.
// Pure: callers hand in the file's path and text; nothing here touches the file system.
import type { AST } from '@eslint-community/regexpp';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Node as YamlNode } from 'yaml';
import schema from '../../../rules/schema.json';
import { parseRegexPattern, requiredLiteral, wordStartPrefixes, type RequiredLiteral } from './prefilter';
import { MORPHOLOGY_LEVEL, type Level, type Morphology } from './normalize';
import { CATEGORIES, type Category, type FixKind, type Severity } from './types';
import { REGISTRY_PLACEHOLDERS, sampleExpansion, templateOpening, unknownPlaceholders } from './registry';
import { VALIDATORS } from './validators';
import { yaml } from './yaml';
import { termKeys, type TermKeys } from './lexicon';
import type { Validator } from './validators/types';

export interface Problem {
  file: string;
  /** 1-based, when known. */
  line?: number;
  message: string;
}

/**
 * A rule's regular expression, for the two ways the linter runs it. V8 parses a pattern
 * with \p{...} classes slowly, so shipped rules build their RegExp objects on first use.
 */
export class CompiledPattern {
  private globalRe?: RegExp;
  private stickyRe?: RegExp;
  private wordStartRe?: RegExp;
  private literalRe?: RegExp;
  /** For a word-start pattern: its body without the opening word boundary (see withoutOpeningBoundary). */
  private readonly openedBody?: string;

  constructor(
    /** As written in the rule file. */
    readonly source: string,
    /** The source the engine runs (word boundaries made Unicode-aware). */
    private readonly body: string,
    private readonly flags: string,
    /** Every match starts at a word beginning with one of these lower-case prefixes (see prefilter.ts). */
    readonly wordPrefixes?: string[],
    compiled?: RegExp,
    /** For a pattern without word prefixes: text every match contains (see prefilter.ts). */
    readonly requiredLiteral?: RequiredLiteral,
    /** withoutOpeningBoundary(body) when already known (null: it has none). */
    openedBody?: string | null,
  ) {
    this.globalRe = compiled;
    if (wordPrefixes) this.openedBody = openedBody === undefined ? withoutOpeningBoundary(body) : (openedBody ?? undefined);
  }

  /** What the build stores of this pattern for the shipped rules (see BundledRule). */
  get prepared(): PreparedPattern {
    return { body: this.body, opened: this.openedBody ?? null, wordPrefixes: this.wordPrefixes ?? null, requiredLiteral: this.requiredLiteral ?? null };
  }

  /** Global, for a scan of the whole text. */
  get global(): RegExp {
    return (this.globalRe ??= new RegExp(this.body, this.flags));
  }

  /** Sticky twin, to try a single position. */
  get sticky(): RegExp {
    return (this.stickyRe ??= new RegExp(this.body, this.flags.replace('g', '') + 'y'));
  }

  /**
   * Sticky, for the linter to try at a word start. Without the pattern's opening word
   * boundary when it has one (opensWithBoundary): the linter checks that in code with
   * followsWordCharacter, and that look-behind's Unicode class is most of what V8 spends
   * compiling a pattern.
   */
  get atWordStart(): RegExp {
    if (this.openedBody === undefined) return this.sticky;
    return (this.wordStartRe ??= new RegExp(this.openedBody, this.flags.replace('g', '') + 'y'));
  }

  /** Whether a match needs a position not after a word character, which atWordStart leaves to the caller. */
  get opensWithBoundary(): boolean {
    return this.openedBody !== undefined;
  }

  /** Finds the required literal under the pattern's own flags (so case-folded exactly as the pattern). */
  get literalSearch(): RegExp | undefined {
    if (!this.requiredLiteral) return undefined;
    return (this.literalRe ??= new RegExp(this.requiredLiteral.text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'), this.flags));
  }
}

/** A context pattern as the linter uses it: a RegExp, or for shipped rules a LazyPattern. */
export interface ContextPattern {
  readonly source: string;
  test(text: string): boolean;
}

/**
 * A shipped rule's context pattern, built on its first test: a run tests few of them, and
 * building a RegExp already makes V8 parse each Unicode class in it.
 */
class LazyPattern implements ContextPattern {
  private re?: RegExp;

  constructor(
    private readonly body: string,
    private readonly flags: string,
  ) {}

  private get compiled(): RegExp {
    return (this.re ??= new RegExp(this.body, this.flags));
  }

  get source(): string {
    return this.compiled.source;
  }

  test(text: string): boolean {
    return this.compiled.test(text);
  }
}

export type ContextScope = 'sentence' | 'line' | 'window' | 'document';

export interface RuleExample {
  text: string;
  output?: string;
  count?: number;
  match?: string;
  languageId?: string;
}

/** Where a group of terms comes from (a dictionary label, a published lexicon, a dataset). */
export interface TermSource {
  source: string;
  region?: string;
}

/** A group of terms in a rule file, with the source they share. */
export interface TermGroup extends TermSource {
  terms?: string[];
  swap?: Record<string, string>;
}

export interface Rule {
  id: string;
  file: string;
  category: Category;
  severity: Severity;
  title: string;
  message: string;
  description: string;
  basis: string;
  match: {
    /** Every term, lower-cased as written, mapped to its replacement ('' when none). */
    terms: Map<string, string>;
    /** Per term, where it comes from (terms given in groups with a source). */
    sources: Map<string, TermSource>;
    /** Per term, its lexicon keys when the build prepared them (see termKeys). */
    termKeys?: ReadonlyMap<string, TermKeys | null>;
    /** Also match chat spellings of single-word terms (see Lexicon.add). */
    variants: boolean;
    maxLevel: Level;
    exceptions: Set<string>;
    patterns: CompiledPattern[];
    /** Patterns naming election-registry terms ({{calon}} …), filled in by registry.ts. */
    registryPatterns: string[];
    /** Per registry pattern, the words its matches start with whatever the terms (see templateOpening). */
    registryOpenings: (string[] | null)[];
    registryFlags: string;
    validator?: Validator;
  };
  context?: {
    scope: ContextScope;
    window: number;
    requireAny?: string[];
    excludeAny?: string[];
    requirePattern?: ContextPattern;
    excludePattern?: ContextPattern;
  };
  fix?: {
    kind: FixKind;
    replacements: string[];
    label?: string;
    safe: boolean;
    /** For 'remove': words said with the hit that go with it ("dasar …", "… lu"). */
    removeWith?: string[];
  };
  examples: { invalid: RuleExample[]; valid: RuleExample[] };
}

export interface RawRule {
  id?: string;
  category: Category;
  severity: Severity;
  title: string;
  message: string;
  description: string;
  basis: string;
  match: {
    terms?: (string | TermGroup)[];
    swap?: Record<string, string>;
    variants?: boolean;
    morphology?: Morphology;
    exceptions?: string[];
    patterns?: string[];
    registryPatterns?: string[];
    caseSensitive?: boolean;
    validator?: string;
  };
  context?: {
    scope?: ContextScope;
    window?: number;
    requireAny?: string[];
    excludeAny?: string[];
    requirePattern?: string;
    excludePattern?: string;
    caseSensitive?: boolean;
  };
  fix?: { kind: FixKind; replacements?: string[]; label?: string; safe?: boolean; removeWith?: string[] };
  examples: { invalid: (string | RuleExample)[]; valid: (string | RuleExample)[] };
}

// Schema compilation and regex analysis cost ~100 ms; they load only when a rule file is
// actually parsed (user folders, tests), not when the pre-validated bundle is used.
let schemaValidator: ValidateFunction<RawRule> | undefined;
function validateSchema(raw: unknown): raw is RawRule {
  if (!schemaValidator) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Ajv = (require('ajv') as typeof import('ajv')).default;
    schemaValidator = new Ajv({ allErrors: true, strict: false }).compile<RawRule>(schema);
  }
  return schemaValidator(raw);
}

/** The YAML node an Ajv error points at, for its line number. */
function nodeAt(root: YamlNode | null, pointer: string): YamlNode | null {
  const { isMap, isSeq } = yaml();
  let node: YamlNode | null = root;
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      node = (pair.value as YamlNode | null) ?? (pair.key as YamlNode);
    } else if (isSeq(node)) {
      const item = node.items[Number(key)] as YamlNode | undefined;
      if (!item) break;
      node = item;
    } else break;
  }
  return node;
}

function describeAjvError(e: ErrorObject): string {
  const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(akar berkas)';
  if (e.keyword === 'additionalProperties') return `${where}: kunci tidak dikenal "${(e.params as { additionalProperty: string }).additionalProperty}"`;
  if (e.keyword === 'enum') return `${where}: harus salah satu dari ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  if (e.keyword === 'required') return `${where}: kunci wajib "${(e.params as { missingProperty: string }).missingProperty}" tidak ada`;
  return `${where}: ${e.message ?? e.keyword}`;
}

/**
 * Compiles a user- or rule-supplied regular expression, refusing ones that could take
 * super-linear time (catastrophic backtracking) on a long document.
 */
export function compileSafePattern(source: string, flags: string, checkBacktracking = true): RegExp | string {
  let re: RegExp;
  try {
    re = new RegExp(unicodeWordBoundaries(source), flags);
  } catch (e) {
    return `pola tidak valid: ${(e as Error).message}`;
  }
  if (!checkBacktracking) return re;
  const subset = outsideLinearSubset(source, flags);
  if (subset) return `pola /${source}/ ${subset}; pola aturan harus berjalan dalam waktu linear (lihat docs/writing-rules.md, "Pola yang aman")`;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { analyse } = require('scslre') as typeof import('scslre');
    const result = analyse({ source, flags: flags.replace(/[gy]/g, '') }, { maxReports: 1 });
    if (result.reports.length > 0) {
      const r = result.reports[0];
      const kind = r.exponential ? 'eksponensial' : 'polinomial';
      return `pola /${source}/ berisiko backtracking ${kind} (mis. pada pengulangan "${r.character.pick}") dan bisa membuat editor macet; tulis ulang tanpa pengulangan bertumpuk atau tumpang tindih`;
    }
  } catch (e) {
    return `pola /${source}/ tidak dapat diperiksa keamanannya: ${(e as Error).message}`;
  }
  return re;
}

/** Whether an element can match the empty string. */
function nullable(node: AST.Node): boolean {
  switch (node.type) {
    case 'Assertion':
    case 'Backreference':
      return true;
    case 'Quantifier':
      return node.min === 0 || nullable(node.element);
    case 'Group':
    case 'CapturingGroup':
      return node.alternatives.some((alt) => alt.elements.every(nullable));
    default:
      return false;
  }
}

/** The characters an element must start with, when it is a literal or a group of literals. */
function firstChars(node: AST.Node | undefined): string[] | undefined {
  if (!node) return undefined;
  if (node.type === 'Character') return [String.fromCodePoint(node.value)];
  if (node.type === 'Group' || node.type === 'CapturingGroup') {
    const out: string[] = [];
    for (const alt of node.alternatives) {
      const first = firstChars(alt.elements[0]);
      if (!first) return undefined;
      out.push(...first);
    }
    return out;
  }
  return undefined;
}

/**
 * A look-behind runs right to left: a repetition followed (on its right) by literal text it
 * cannot match is tried only just before that text, and each run it scans ends there, so
 * the runs never overlap ((?<=^[ \t]*RAHASIA) is linear, (?<=a*)b is not).
 */
function stoppedOnTheRight(q: AST.Quantifier, flags: string): boolean {
  const alt = q.parent;
  if (alt.type !== 'Alternative') return false;
  const chars = firstChars(alt.elements[alt.elements.indexOf(q) + 1]);
  if (!chars) return false;
  const element = new RegExp(`^(?:${q.element.raw})$`, flags.replace(/[gy]/g, ''));
  return chars.every((c) => !element.test(c));
}

/**
 * The subset of regular expressions a user rule may use, beyond scslre's backtracking
 * analysis (which accepts all three): no backreference, no unbounded repetition inside a
 * look-behind (V8 runs it back to the text's start at every position), and no repetition
 * of something that can match nothing ((?:a?){25}: exponentially many ways to split).
 * Returns the reason a pattern is outside it, or undefined.
 */
export function outsideLinearSubset(source: string, flags: string): string | undefined {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { visitRegExpAST } = require('@eslint-community/regexpp') as typeof import('@eslint-community/regexpp');
  const ast = parseRegexPattern(source, flags);
  if (!ast) return undefined; // new RegExp has already said what is wrong
  let problem: string | undefined;
  const inLookbehind = (node: AST.Node) => {
    for (let p: AST.Node | null = node.parent; p; p = p.parent) if (p.type === 'Assertion' && p.kind === 'lookbehind') return true;
    return false;
  };
  visitRegExpAST(ast, {
    onBackreferenceEnter(node) {
      problem ??= `memakai rujukan balik "${node.raw}" (bisa berjalan sangat lama)`;
    },
    onQuantifierEnter(node) {
      if (node.max === Infinity && inLookbehind(node) && !stoppedOnTheRight(node, flags)) problem ??= `memakai pengulangan tak terbatas "${node.raw}" di dalam look-behind`;
      else if (node.max > 1 && nullable(node.element)) problem ??= `mengulang "${node.element.raw}" yang bisa cocok dengan teks kosong`;
    },
  });
  return problem;
}

const WORD = '[\\p{L}\\p{N}\\p{M}_]';
const BOUNDARY_AT_START = `(?<!${WORD})`;
const BOUNDARY_AT_END = `(?!${WORD})`;
const BOUNDARY_ANYWHERE = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;

const AFTER_WORD = new RegExp(`(?<=${WORD})`, 'uy');

/**
 * Whether the character before `at` is a word character, exactly as BOUNDARY_AT_START's
 * look-behind reads it (a surrogate pair as one code point; the class means the same with
 * and without the i flag, which a test checks).
 */
export function followsWordCharacter(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  if (!(c >= 128)) return false; // NaN: at the start of the text
  AFTER_WORD.lastIndex = at;
  return AFTER_WORD.test(text);
}

/** The top-level alternatives of a pattern's source. */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/**
 * The body with the "not after a word character" look-behind taken out of every top-level
 * alternative, when each opens with it; otherwise undefined. Tried at one position, the
 * body then matches exactly when the original does and that position does not follow a
 * word character: the look-behind is zero-width and tested at the same place in every
 * alternative.
 */
export function withoutOpeningBoundary(body: string): string | undefined {
  const alternatives = topLevelAlternatives(body);
  if (!alternatives.every((a) => a.startsWith(BOUNDARY_AT_START))) return undefined;
  return alternatives.map((a) => a.slice(BOUNDARY_AT_START.length)).join('|');
}

/** ASCII letters, digits and _, single or as ranges: all word characters, also under the i flag. */
const WORD_CLASS_BODY = /^(?:[A-Za-z0-9_](?:-[A-Za-z0-9_])?)+$/;
/** Zero or more: an element with one of these after it may be skipped. */
const MAY_SKIP = new Set(['?', '*', '{']);

/** Where the group or class opened at `open` closes (its last character), or -1. */
function closingOf(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) {
      if (c === ']') {
        inClass = false;
        if (source[open] === '[') return i;
      }
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The alternatives of a capturing or non-capturing group's source "(…)"; undefined for a look-around. */
function groupAlternatives(group: string): string[] | undefined {
  const head = /^\((?:\?:|\?<[A-Za-z_]\w*>)?/.exec(group)![0];
  if (group.startsWith('(?') && head === '(') return undefined;
  return topLevelAlternatives(group.slice(head.length, -1));
}

/** Whether the class source "[…]" holds only word characters (ASCII letters, digits, _). */
function wordClass(cls: string): boolean {
  return WORD_CLASS_BODY.test(cls.slice(1, -1));
}

/**
 * Whether every match of the element that ends `source` ends with a word character: a
 * letter, digit or _ written as itself, \d, \w, a class of ASCII letters and digits, or a
 * group each of whose alternatives ends so. Case folding keeps a word character one.
 * False whenever unsure.
 */
export function endsInWordCharacter(source: string): boolean {
  const end = source.length - 1;
  const last = source[end];
  let backslashes = 0;
  while (source[end - 1 - backslashes] === '\\') backslashes++;
  if (backslashes % 2 === 1) return last === 'd' || last === 'w';
  // \x41, \u0041, \cJ, \12: escapes that end in a letter or digit
  if (/\\(?:x[0-9A-Fa-f]{1,2}|u[0-9A-Fa-f]{1,4}|c[A-Za-z]|\d+)$/.test(source)) return false;
  if (last === ')' || last === ']') {
    const open = openingOf(source, end);
    if (open < 0) return false;
    const element = source.slice(open);
    if (last === ']') return wordClass(element);
    const alternatives = groupAlternatives(element);
    return alternatives !== undefined && alternatives.every((a) => a !== '' && endsInWordCharacter(a));
  }
  return /^[\p{L}\p{N}_]$/u.test(last ?? '');
}

/** Where the group or class that closes at `close` opens, or -1. */
function openingOf(source: string, close: number): number {
  const opens: number[] = [];
  let classFrom = -1;
  for (let i = 0; i < close; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (classFrom >= 0) {
      if (c === ']') classFrom = -1;
    } else if (c === '[') classFrom = i;
    else if (c === '(') opens.push(i);
    else if (c === ')') opens.pop();
  }
  if (source[close] === ']') return classFrom;
  return classFrom >= 0 ? -1 : (opens.pop() ?? -1);
}

/**
 * Whether every match of what follows starts with a word character: the first element is
 * a letter, digit or _ written as itself, \d, \w, a class of ASCII letters and digits, or a
 * group each of whose alternatives starts so, and is not optional. False whenever unsure.
 */
export function startsWithWordCharacter(source: string): boolean {
  let end: number;
  let word: boolean;
  if (source[0] === '\\') {
    end = 2;
    word = source[1] === 'd' || source[1] === 'w';
  } else if (source[0] === '[' || source[0] === '(') {
    const close = closingOf(source, 0);
    if (close < 0) return false;
    end = close + 1;
    const element = source.slice(0, end);
    if (source[0] === '[') word = wordClass(element);
    else {
      const alternatives = groupAlternatives(element);
      word = alternatives !== undefined && alternatives.every((a) => a !== '' && startsWithWordCharacter(a));
    }
  } else {
    end = 1;
    word = /^[\p{L}\p{N}_]$/u.test(source[0] ?? '');
  }
  return word && !MAY_SKIP.has(source[end]);
}

/**
 * Rewrites \b into a Unicode-aware word boundary (JavaScript's \b only knows ASCII, and
 * under the i+u flags it is also ten times slower). A \b that opens a pattern or an
 * alternative means "not after a word character"; one that closes it, "not before one".
 */
export function unicodeWordBoundaries(source: string): string {
  // the text between two rewritten \b is copied in one piece, not a character at a time
  let out = '';
  let copied = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      if (source[i + 1] === 'b' && !inClass) {
        out += source.slice(copied, i);
        const after = source.slice(i + 2);
        const prev = source[i - 1] ?? '';
        const prevEscaped = source[i - 2] === '\\';
        // exact where the neighbour is surely a word character; by position otherwise
        const wordAfter = /^(?:[\p{L}\p{N}_]|\\[dw]|\\p\{L\}|\(\?:[\p{L}\p{N}]|\[\\p\{L\})/u.test(after);
        const wordBefore = /[\p{L}\p{N}_]/u.test(prev) && !prevEscaped;
        const opens = out === '' || /(?:\(|\(\?:|\||\(\?<\w+>)$/.test(out);
        const closes = after === '' || after[0] === ')' || after[0] === '|';
        let boundary = wordAfter && !wordBefore ? BOUNDARY_AT_START : wordBefore && !wordAfter ? BOUNDARY_AT_END : opens ? BOUNDARY_AT_START : closes ? BOUNDARY_AT_END : BOUNDARY_ANYWHERE;
        // "(?:saya|kami)\b": one side is a word character on every path, so the boundary is
        // exactly a test of the other side (each side compiled costs V8 a Unicode class)
        if (boundary === BOUNDARY_ANYWHERE && !wordAfter && !wordBefore) {
          const before = endsInWordCharacter(source.slice(0, i));
          const next = startsWithWordCharacter(after);
          if (before !== next) boundary = before ? BOUNDARY_AT_END : BOUNDARY_AT_START;
        }
        out += boundary;
        copied = i + 2;
      }
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
  }
  return out + source.slice(copied);
}

function ruleIdFrom(file: string, category: string): { id: string; folder?: string } {
  const parts = file.replace(/\\/g, '/').split('/');
  const name = parts[parts.length - 1].replace(/\.(ya?ml|json)$/i, '');
  const folder = parts.length > 1 ? parts[parts.length - 2] : undefined;
  return { id: `${category}/${name}`, folder };
}

function example(e: string | RuleExample): RuleExample {
  return typeof e === 'string' ? { text: e } : e;
}

export interface ParsedRule {
  rule?: Rule;
  problems: Problem[];
}

/** YAML aliases allowed in one rule file: enough for sharing a list, not for an alias bomb. */
const MAX_ALIASES = 50;

/**
 * Parses and checks one rule file. A rule with any problem is not returned; a broken file
 * never throws (one bad rule must not stop the others).
 */
export function parseRule(file: string, text: string): ParsedRule {
  try {
    return parseRuleText(file, text);
  } catch (e) {
    return { problems: [{ file, line: 1, message: `aturan tidak dapat dibaca: ${(e as Error).message.split('\n')[0]}` }] };
  }
}

function parseRuleText(file: string, text: string): ParsedRule {
  const problems: Problem[] = [];
  const { LineCounter, parseDocument, visit } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineOf = (node: YamlNode | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : undefined);
  if (doc.errors.length > 0) {
    for (const e of doc.errors) problems.push({ file, line: lines.linePos(e.pos[0]).line, message: `YAML tidak valid: ${e.message.split('\n')[0]}` });
    return { problems };
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    // an alias to nothing, or too many aliases: name the first alias
    let line: number | undefined;
    visit(doc, {
      Alias(_, node) {
        line ??= lineOf(node);
        return visit.BREAK;
      },
    });
    return { problems: [{ file, line, message: `YAML tidak valid: ${(e as Error).message.split('\n')[0]} (alias paling banyak ${MAX_ALIASES})` }] };
  }
  if (!validateSchema(raw)) {
    for (const e of schemaValidator?.errors ?? []) {
      problems.push({ file, line: lineOf(nodeAt(doc.contents as YamlNode, e.instancePath)), message: describeAjvError(e) });
    }
    return { problems };
  }
  return compileRule(file, raw, (pointer) => lineOf(nodeAt(doc.contents as YamlNode, pointer)));
}

/** A pattern as the build prepared it: what compiling its source again would compute. */
export interface PreparedPattern {
  /** The source the engine runs (see unicodeWordBoundaries). */
  body: string;
  /** The body without its opening word boundary (see withoutOpeningBoundary), or null. */
  opened: string | null;
  /** The word prefixes its matches start with (see prefilter.ts), or null. */
  wordPrefixes: string[] | null;
  /** Without word prefixes: text every match contains, or null. */
  requiredLiteral: RequiredLiteral | null;
}

/**
 * A shipped rule as the build stores it: the rule file's content, and what parsing it
 * computed that start-up would otherwise compute again (prepared patterns, context
 * pattern sources, the lexicon's reading of each term).
 */
export interface BundledRule {
  /** Path relative to the rules folder, e.g. "hoaks/ajakan-viralkan.yaml". */
  file: string;
  raw: RawRule;
  patterns: PreparedPattern[];
  context: { requirePattern?: string; excludePattern?: string };
  /** Lexicon keys per lower-cased term (see termKeys). */
  terms: [string, TermKeys | null][];
  /** Per registry pattern, its opening (see templateOpening). */
  registryOpenings: (string[] | null)[];
}

/** What the bundle stores for a rule that parseRule has checked. */
export function toBundledRule(file: string, raw: RawRule, rule: Rule): BundledRule {
  return {
    file,
    raw,
    patterns: rule.match.patterns.map((p) => p.prepared),
    // the sources the parsed rule compiled (JSON leaves out the absent ones)
    context: { requirePattern: rule.context?.requirePattern?.source, excludePattern: rule.context?.excludePattern?.source },
    terms: [...rule.match.terms.keys()].map((t) => [t, termKeys(t) ?? null]),
    registryOpenings: rule.match.registryOpenings,
  };
}

/**
 * A rule already checked by parseRule (the shipped rules, validated when they were
 * bundled at build time): no schema or backtracking analysis again.
 */
export function compileTrustedRule(file: string, bundled: BundledRule): ParsedRule {
  return compileRule(file, bundled.raw, () => undefined, bundled);
}

/** `trusted` is given for rules checked at build time, with what the build prepared (see compileTrustedRule). */
function compileRule(file: string, raw: RawRule, at: (pointer: string) => number | undefined, trusted?: BundledRule): ParsedRule {
  const untrusted = trusted === undefined;
  const problems: Problem[] = [];
  const { id, folder } = ruleIdFrom(file, raw.category);
  if (raw.id !== undefined && raw.id !== id) problems.push({ file, line: at('/id'), message: `id "${raw.id}" tidak sama dengan "${id}" (kategori/nama berkas)` });
  if (folder && (CATEGORIES as readonly string[]).includes(folder) && folder !== raw.category) {
    problems.push({ file, line: at('/category'), message: `kategori "${raw.category}" tidak sama dengan folder "${folder}"` });
  }

  const m = raw.match;
  const terms = new Map<string, string>();
  const termSources = new Map<string, TermSource>();
  for (const t of m.terms ?? []) {
    if (typeof t === 'string') {
      terms.set(t.toLowerCase(), '');
      continue;
    }
    const source: TermSource = t.region ? { source: t.source, region: t.region } : { source: t.source };
    for (const w of t.terms ?? []) terms.set(w.toLowerCase(), '');
    for (const [w, r] of Object.entries(t.swap ?? {})) terms.set(w.toLowerCase(), r);
    for (const w of [...(t.terms ?? []), ...Object.keys(t.swap ?? {})]) termSources.set(w.toLowerCase(), source);
  }
  for (const [t, r] of Object.entries(m.swap ?? {})) terms.set(t.toLowerCase(), r);
  const anyPatterns = (m.patterns ?? []).length + (m.registryPatterns ?? []).length > 0;
  const sources = [terms.size > 0, anyPatterns, m.validator !== undefined].filter(Boolean).length;
  if (sources !== 1) problems.push({ file, line: at('/match'), message: 'match harus berisi tepat satu dari: terms/swap, patterns/registryPatterns, atau validator' });

  const flags = m.caseSensitive ? 'gu' : 'giu';
  const patterns: CompiledPattern[] = [];
  (m.patterns ?? []).forEach((p, i) => {
    if (trusted) {
      // already checked when the bundle was built
      const { body, opened, wordPrefixes, requiredLiteral } = trusted.patterns[i];
      patterns.push(new CompiledPattern(p, body, flags, wordPrefixes ?? undefined, undefined, requiredLiteral ?? undefined, opened));
      return;
    }
    const re = compileSafePattern(p, flags);
    if (typeof re === 'string') problems.push({ file, line: at(`/match/patterns/${i}`), message: re });
    else {
      const prefixes = wordStartPrefixes(re.source, re.flags);
      patterns.push(new CompiledPattern(p, re.source, re.flags, prefixes, re, prefixes ? undefined : requiredLiteral(re.source, re.flags)));
    }
  });
  if (untrusted) {
    (m.registryPatterns ?? []).forEach((p, i) => {
      const unknown = unknownPlaceholders(p);
      const re = unknown.length > 0 ? `penanda {{${unknown[0]}}} tidak dikenal; yang ada: ${REGISTRY_PLACEHOLDERS.map((n) => `{{${n}}}`).join(', ')}` : compileSafePattern(sampleExpansion(p), flags);
      if (typeof re === 'string') problems.push({ file, line: at(`/match/registryPatterns/${i}`), message: re });
    });
  }
  let validator: Validator | undefined;
  if (m.validator !== undefined) {
    // own properties only: "constructor" or "toString" are not validators
    validator = Object.hasOwn(VALIDATORS, m.validator) ? VALIDATORS[m.validator] : undefined;
    if (!validator) problems.push({ file, line: at('/match/validator'), message: `validator "${m.validator}" tidak dikenal; yang ada: ${Object.keys(VALIDATORS).join(', ')}` });
  }

  let context: Rule['context'];
  if (raw.context) {
    const c = raw.context;
    const compiled = (key: 'requirePattern' | 'excludePattern'): ContextPattern | undefined => {
      if (c[key] === undefined) return undefined;
      // already checked when the bundle was built
      if (trusted) return new LazyPattern(trusted.context[key]!, c.caseSensitive ? 'u' : 'iu');
      const re = compileSafePattern(c[key]!, c.caseSensitive ? 'u' : 'iu');
      if (typeof re === 'string') {
        problems.push({ file, line: at(`/context/${key}`), message: re });
        return undefined;
      }
      return re;
    };
    context = {
      scope: c.scope ?? 'sentence',
      window: c.window ?? 6,
      requireAny: c.requireAny,
      excludeAny: c.excludeAny,
      requirePattern: compiled('requirePattern'),
      excludePattern: compiled('excludePattern'),
    };
  }

  let fix: Rule['fix'];
  if (raw.fix) {
    const f = raw.fix;
    const replacements = f.replacements ?? [];
    if (f.kind === 'replace' && replacements.length === 0 && ![...terms.values()].some((r) => r !== '')) {
      problems.push({ file, line: at('/fix'), message: 'fix "replace" butuh replacements atau match.swap' });
    }
    if (f.kind === 'redact' && !validator && !f.label) {
      problems.push({ file, line: at('/fix'), message: 'fix "redact" tanpa validator butuh label' });
    }
    fix = { kind: f.kind, replacements, label: f.label, safe: f.safe ?? (f.kind === 'redact' || (f.kind === 'replace' && replacements.length <= 1)), removeWith: f.removeWith };
  }
  if (problems.length > 0) return { problems };

  return {
    problems,
    rule: {
      id,
      file,
      category: raw.category,
      severity: raw.severity,
      title: raw.title,
      message: raw.message,
      description: raw.description,
      basis: raw.basis,
      match: {
        terms,
        sources: termSources,
        termKeys: trusted ? new Map(trusted.terms) : undefined,
        variants: m.variants ?? false,
        maxLevel: MORPHOLOGY_LEVEL[m.morphology ?? 'suffix'],
        exceptions: new Set((m.exceptions ?? []).map((e) => e.toLowerCase())),
        patterns,
        registryPatterns: m.registryPatterns ?? [],
        registryOpenings: trusted ? trusted.registryOpenings : (m.registryPatterns ?? []).map((t) => templateOpening(t, flags)),
        registryFlags: flags,
        validator,
      },
      context,
      fix,
      examples: { invalid: raw.examples.invalid.map(example), valid: raw.examples.valid.map(example) },
    },
  };
}

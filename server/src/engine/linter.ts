// text -> findings. Tokenise once, look every term rule up in one lexicon, run pattern
// and validator rules, then filter by context, allow-list and inline suppression.
import { Lexicon, tokenize, unreduplicate, type LexiconHit, type Tokens } from './lexicon';
import { Level, MEMO_WORD_MAX, MORPHOLOGY_LEVEL, ownCopy, skeleton } from './normalize';
import { scanNearLiteral, WHOLE_WORD } from './prefilter';
import { withRegistry, type RegistryConfig } from './registry';
import { followsWordCharacter, type CompiledPattern, type Rule } from './rules';
import { parseRemoveWith, removal, type RemoveWith } from './removal';
import { lowerBound, Segments } from './segment';
import { DIRECTIVES, parseSuppressions, unknownDirectives, type UnknownDirective } from './suppress';
import { checkableText, LineIndex, textKindOf } from './text';
import type { Finding, Fix, RedactionStyle, Severity } from './types';
import { candidatesInRuns, findDigitRuns, type DigitRun } from './validators/digit-runs';
import type { Candidate, Validator, ValidatorHit } from './validators/types';

export interface EngineConfig {
  /** Per rule id or category: 'off', or a severity override. */
  rules?: Record<string, Severity | 'off' | 'on'>;
  /** Words or names never reported (case-insensitive). */
  allow?: string[];
  redaction?: RedactionStyle;
  /** Election registry for the netralitas rules' {{calon}} … patterns (registry.ts). */
  pemilihan?: RegistryConfig;
}

export interface LintOptions {
  /** 'markdown' reads the text as Markdown; anything else as plain text. */
  languageId?: string;
}

interface TermValue {
  rule: ActiveRule;
  replacement: string;
}

interface ActiveRule {
  rule: Rule;
  index: number;
  severity: Severity;
  /** The rule's requireAny/excludeAny words, built when one of its hits is first checked (scopeContext). */
  words?: ContextWords;
  /** The rule's fix.removeWith, parsed when one of its fixes is first built. */
  removeWith?: RemoveWith;
}

interface ContextWords {
  requireAny?: Lexicon<Side>;
  excludeAny?: Lexicon<Side>;
}

/** Where a context word must stand: anywhere in scope, or right before/after the hit ("dasar …", "… lu"). */
const enum Side {
  Anywhere,
  Before,
  After,
}

/** What a rule's context conditions found in one scope (shared by the hits in it). */
interface ScopeContext {
  excluded: boolean;
  /** Token index of the last word of a "dasar …" exclusion / the first word of a "… lu" exclusion. */
  excludedBefore: Set<number>;
  excludedAfter: Set<number>;
  required: boolean;
  requiredBefore: Set<number>;
  requiredAfter: Set<number>;
  /** Earliest end and latest start of a requireAny word in the scope. */
  minEnd: number;
  maxStart: number;
  patternOk: boolean;
}

/** A place a rule matched, before filtering. */
interface RawHit {
  active: ActiveRule;
  start: number;
  end: number;
  /** For term hits: the term as written in the rule, and how far the word was stripped. */
  term?: string;
  level?: Level;
  replacement?: string;
  /** For validator hits. */
  label?: string;
}

const ELLIPSIS = /^(?:…|\.\.\.)\s*|\s*(?:…|\.\.\.)$/u;

function contextLexicon(words: string[] | undefined): Lexicon<Side> | undefined {
  if (!words) return undefined;
  const lex = new Lexicon<Side>();
  for (const w of words) {
    const t = w.trim();
    const side = /^(?:…|\.\.\.)/u.test(t) ? Side.After : /(?:…|\.\.\.)$/u.test(t) ? Side.Before : Side.Anywhere;
    lex.add(t.replace(ELLIPSIS, ''), MORPHOLOGY_LEVEL.suffix, side);
  }
  return lex;
}

function matchCase(sample: string, replacement: string): string {
  if (!replacement) return replacement;
  const letters = sample.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  if (letters && letters[0] === letters[0].toUpperCase() && letters[0] !== letters[0].toLowerCase()) {
    return replacement[0].toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

/** A pattern that is tried only where a word with one of its prefixes begins. */
interface WordStartPattern {
  active: ActiveRule;
  pattern: CompiledPattern;
}

const PREFIX_MEMO_LIMIT = 200_000;

export class Linter {
  private readonly active: ActiveRule[] = [];
  private readonly lexicon = new Lexicon<TermValue>();
  /** Patterns by the lower-case word prefix their matches start with. */
  private readonly byPrefix = new Map<string, WordStartPattern[]>();
  /** Patterns by the lower-case first word of their matches, when it is a whole word (see WHOLE_WORD). */
  private readonly byWholeWord = new Map<string, WordStartPattern[]>();
  private readonly prefixLengths: number[] = [];
  private prefixMemo = new Map<string, WordStartPattern[]>();
  private readonly allow: Set<string>;
  private readonly reportDirectives: boolean;
  readonly redaction: RedactionStyle;

  constructor(
    readonly rules: readonly Rule[],
    config: EngineConfig = {},
  ) {
    this.allow = new Set((config.allow ?? []).map((w) => skeleton(w)));
    this.redaction = config.redaction ?? 'label';
    this.reportDirectives = config.rules?.[UNKNOWN_DIRECTIVE_RULE] !== 'off';
    for (const rule of withRegistry(rules, config.pemilihan)) {
      const setting = config.rules?.[rule.id] ?? config.rules?.[rule.category];
      if (setting === 'off') continue;
      const severity = setting && setting !== 'on' ? setting : rule.severity;
      const active: ActiveRule = {
        rule,
        index: this.active.length,
        severity,
      };
      this.active.push(active);
      for (const [term, replacement] of rule.match.terms) {
        this.lexicon.add(term, rule.match.maxLevel, { rule: active, replacement }, rule.match.variants, rule.match.termKeys?.get(term) ?? undefined);
      }
      for (const pattern of rule.match.patterns) {
        for (const prefix of pattern.wordPrefixes ?? []) {
          const whole = prefix.endsWith(WHOLE_WORD);
          const index = whole ? this.byWholeWord : this.byPrefix;
          const key = whole ? prefix.slice(0, -WHOLE_WORD.length) : prefix;
          const list = index.get(key) ?? [];
          if (!list.some((p) => p.pattern === pattern)) list.push({ active, pattern });
          index.set(key, list);
        }
      }
    }
    this.prefixLengths = [...new Set([...this.byPrefix.keys()].map((p) => p.length))].sort((a, b) => a - b);
  }

  /** The word-start patterns that may match where this word begins. */
  private patternsStartingWith(word: string): WordStartPattern[] {
    let found = this.prefixMemo.get(word);
    if (found) return found;
    found = [];
    // as the i flag folds: "ſ" is s (the Kelvin sign lower-cases to k by itself)
    let lower = word.toLowerCase();
    if (lower.includes('ſ')) lower = lower.replace(/ſ/g, 's');
    for (const length of this.prefixLengths) {
      if (length > lower.length) break;
      const list = this.byPrefix.get(lower.slice(0, length));
      if (list) for (const p of list) if (!found.includes(p)) found.push(p);
    }
    if (this.byWholeWord.size > 0) {
      const list = this.byWholeWord.get(lower.slice(0, wordRunLength(lower)));
      if (list) for (const p of list) if (!found.includes(p)) found.push(p);
    }
    if (word.length > MEMO_WORD_MAX) return found;
    if (this.prefixMemo.size > PREFIX_MEMO_LIMIT) this.prefixMemo = new Map();
    this.prefixMemo.set(ownCopy(word), found);
    return found;
  }

  lint(text: string, options: LintOptions = {}): Finding[] {
    const checked = checkableText(text, textKindOf(options.languageId));
    const tokens = tokenize(checked);
    const hits: RawHit[] = [];

    // one pass over the words serves every term rule (the lexicon) and every pattern that
    // starts at a word (tried only where its first word occurs, not scanned over the text)
    const onTerm = ({ entry, level, first, last }: LexiconHit<TermValue>) => {
      const { rule } = entry.value;
      const start = tokens.starts[first];
      const end = tokens.ends[last];
      if (rule.rule.match.exceptions.size > 0 && rule.rule.match.exceptions.has(checked.slice(start, end).toLowerCase())) return;
      hits.push({ active: rule, start, end, term: entry.term, level, replacement: entry.value.replacement });
    };
    const reachedEnd = new Map<CompiledPattern, number>();
    const tryPatternsAt = (start: number, word: string) => {
      let afterWord: boolean | undefined;
      for (const { active, pattern } of this.patternsStartingWith(word)) {
        // like a global scan: no match starts inside the previous match of the same pattern
        if (start < (reachedEnd.get(pattern) ?? -1)) continue;
        if (pattern.opensWithBoundary && (afterWord ??= followsWordCharacter(checked, start))) continue;
        const re = pattern.atWordStart;
        re.lastIndex = start;
        const m = re.exec(checked);
        if (!m || m[0].length === 0) continue;
        reachedEnd.set(pattern, start + m[0].length);
        pushPatternHit(hits, active, m, start);
      }
    };
    const withPatterns = this.byPrefix.size > 0 || this.byWholeWord.size > 0;
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens.word(i);
      this.lexicon.scanAt(checked, tokens, i, word, tokens.length, onTerm);
      if (withPatterns) tryPatternsAt(tokens.starts[i], word);
    }
    if (withPatterns) {
      for (const start of tokens.innerStarts) {
        // the rest of the token it lies in; only its leading word characters can meet a prefix
        const end = tokens.ends[lowerBound(tokens.starts, start + 1) - 1];
        tryPatternsAt(start, checked.slice(start, end));
      }
    }

    const validatorHits = new Map<string, ValidatorHit[]>();
    let digitRuns: DigitRun[] | undefined;
    // validators sharing a candidate pattern (NIK and KK) share its matches
    const candidatesBySource = new Map<string, Candidate[]>();
    const candidatesOf = (validator: Validator): Candidate[] => {
      let found = candidatesBySource.get(validator.candidates.source);
      if (found) return found;
      if (validator.digitRun) found = candidatesInRuns(validator, checked, (digitRuns ??= findDigitRuns(checked)));
      else {
        found = [];
        validator.candidates.lastIndex = 0;
        for (const m of checked.matchAll(validator.candidates)) found.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, groups: m.slice(1) });
      }
      candidatesBySource.set(validator.candidates.source, found);
      return found;
    };
    for (const active of this.active) {
      const { patterns, validator } = active.rule.match;
      for (const pattern of patterns) {
        if (pattern.wordPrefixes) continue;
        if (pattern.requiredLiteral) {
          scanNearLiteral(pattern, checked, (m) => pushPatternHit(hits, active, m, m.index));
          continue;
        }
        const re = pattern.global;
        re.lastIndex = 0;
        for (const m of checked.matchAll(re)) {
          if (m[0].length > 0) pushPatternHit(hits, active, m, m.index!);
        }
      }
      if (validator) {
        let found = validatorHits.get(validator.name);
        if (!found) {
          found = [];
          for (const candidate of candidatesOf(validator)) {
            const hit = validator.validate(candidate, checked);
            if (hit) found.push(hit);
          }
          validatorHits.set(validator.name, found);
        }
        for (const h of found) hits.push({ active, start: h.start, end: h.end, label: h.label ?? validator.label });
      }
    }
    const unknown = this.reportDirectives ? unknownDirectives(text) : [];
    if (hits.length === 0 && unknown.length === 0) return [];

    const lines = new LineIndex(text);
    const segments = new Segments(checked);
    const scopeMemo = new Map<string, ScopeContext>();
    const suppressions = parseSuppressions(text);
    const findings: Finding[] = [];
    const seen = new Set<string>();
    // end of the last reported hit per rule: a hit inside it ("grup sebelah" within
    // "info dari grup sebelah") is the same finding, not another one
    const reportedEnd = new Map<string, number>();
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const hit of hits) {
      const { rule } = hit.active;
      const key = `${rule.id}:${hit.start}:${hit.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (hit.end <= (reportedEnd.get(rule.id) ?? -1)) continue;
      const matched = text.slice(hit.start, hit.end);
      if (this.allow.size > 0 && this.isAllowed(matched)) continue;
      if (!this.contextAllows(hit, checked, tokens, segments, scopeMemo)) continue;
      if (suppressions.suppresses(rule, hit.start)) continue;
      reportedEnd.set(rule.id, hit.end);
      findings.push(this.finding(hit, matched, text, lines, segments));
    }
    if (unknown.length > 0) {
      for (const u of unknown) findings.push(unknownDirectiveFinding(u, lines));
      findings.sort((a, b) => a.offset.start - b.offset.start);
    }
    return findings;
  }

  private isAllowed(matched: string): boolean {
    if (this.allow.has(skeleton(matched))) return true;
    for (const word of matched.split(/[^\p{L}\p{N}]+/u)) if (word && this.allow.has(skeleton(word))) return true;
    return false;
  }

  private contextAllows(hit: RawHit, text: string, tokens: Tokens, segments: Segments, memo: Map<string, ScopeContext>): boolean {
    const ctx = hit.active.rule.context;
    if (!ctx) return true;
    const [from, to] = this.scopeBounds(ctx.scope, ctx.window, hit, text, tokens, segments);
    // every hit in the same scope (a long line, the document) shares one look at it
    const key = `${hit.active.index}:${from}:${to}`;
    let scope = memo.get(key);
    if (!scope) {
      scope = this.scopeContext(hit.active, text, tokens, from, to);
      memo.set(key, scope);
    }
    if (scope.excluded || !scope.patternOk) return false;
    // "dasar …" must end right before the hit, "… lu" start right after it
    const hitFirst = lowerBound(tokens.starts, hit.start);
    const hitLast = lowerBound(tokens.starts, hit.end) - 1;
    const before = (set: Set<number>) => set.has(hitFirst - 1) && closeBy(text, tokens.ends[hitFirst - 1], hit.start);
    const after = (set: Set<number>) => set.has(hitLast + 1) && closeBy(text, hit.end, tokens.starts[hitLast + 1]);
    if (before(scope.excludedBefore) || after(scope.excludedAfter)) return false;
    if (!scope.required) return true;
    // the hit itself does not count as its own context
    return scope.minEnd <= hit.start || scope.maxStart >= hit.end || before(scope.requiredBefore) || after(scope.requiredAfter);
  }

  private scopeContext(active: ActiveRule, text: string, tokens: Tokens, from: number, to: number): ScopeContext {
    const ctx = active.rule.context!;
    const scopeText = text.slice(from, to);
    const first = lowerBound(tokens.starts, from);
    const last = lowerBound(tokens.starts, to);
    const out: ScopeContext = {
      excluded: false, excludedBefore: new Set(), excludedAfter: new Set(),
      required: false, minEnd: Infinity, maxStart: -Infinity, requiredBefore: new Set(), requiredAfter: new Set(), patternOk: true,
    };
    if (ctx.excludePattern && ctx.excludePattern.test(scopeText)) {
      out.excluded = true;
      return out;
    }
    // built here, not with the linter: most rules have no hit in a document, and building
    // every rule's lexicons was most of the linter's construction
    const { excludeAny, requireAny } = (active.words ??= { requireAny: contextLexicon(ctx.requireAny), excludeAny: contextLexicon(ctx.excludeAny) });
    // an exclusion may contain the hit ("anjir serapat" for "anjir"); placed words ("dasar …", "… lu") are kept by token for each hit
    excludeAny?.scan(text, tokens, first, last, (h) => {
      if (h.entry.value === Side.Before) out.excludedBefore.add(h.last);
      else if (h.entry.value === Side.After) out.excludedAfter.add(h.first);
      else out.excluded = true;
    });
    if (out.excluded) return out;
    if (requireAny) {
      out.required = true;
      requireAny.scan(text, tokens, first, last, (h) => {
        if (h.entry.value === Side.Before) out.requiredBefore.add(h.last);
        else if (h.entry.value === Side.After) out.requiredAfter.add(h.first);
        else {
          out.minEnd = Math.min(out.minEnd, tokens.ends[h.last]);
          out.maxStart = Math.max(out.maxStart, tokens.starts[h.first]);
        }
      });
    }
    if (ctx.requirePattern && !ctx.requirePattern.test(scopeText)) out.patternOk = false;
    return out;
  }

  private scopeBounds(scope: string, window: number, hit: RawHit, text: string, tokens: Tokens, segments: Segments): [number, number] {
    switch (scope) {
      case 'document':
        return [0, text.length];
      case 'line':
        return segments.lineBounds(hit.start, hit.end);
      case 'window': {
        const i = lowerBound(tokens.starts, hit.start);
        const j = lowerBound(tokens.starts, hit.end);
        const from = tokens.starts[Math.max(0, i - window)] ?? 0;
        const last = Math.min(tokens.length - 1, j + window - 1);
        // words nearby, but never from another line (a heading, the next paragraph)
        const [lineFrom, lineTo] = segments.lineBounds(hit.start, hit.end);
        return [Math.max(Math.min(from, hit.start), lineFrom), Math.min(Math.max(last >= 0 ? tokens.ends[last] : hit.end, hit.end), lineTo)];
      }
      default:
        return segments.sentenceBounds(hit.start, hit.end);
    }
  }

  private finding(hit: RawHit, matched: string, text: string, lines: LineIndex, segments: Segments): Finding {
    const { rule } = hit.active;
    const fixes = this.fixesFor(hit, matched, text, lines, segments);
    const replacement = fixes.find((f) => f.kind === 'replace')?.edits[0]?.newText ?? rule.fix?.replacements[0] ?? '';
    const label = hit.label ?? rule.fix?.label ?? rule.match.validator?.label ?? '';
    const message = rule.message.replace(/\{(match|label|replacement)\}/g, (_, k: string) =>
      k === 'match' ? matched : k === 'label' ? label : replacement,
    );
    return {
      ruleId: rule.id,
      category: rule.category,
      severity: hit.active.severity,
      range: lines.range(hit.start, hit.end),
      offset: { start: hit.start, end: hit.end },
      match: matched,
      message,
      basis: rule.basis,
      fixes,
    };
  }

  private fixesFor(hit: RawHit, matched: string, text: string, lines: LineIndex, segments: Segments): Fix[] {
    const { rule } = hit.active;
    const fix = rule.fix;
    if (!fix) return [];
    const edit = (start: number, end: number, newText: string) => ({ range: lines.range(start, end), newText });
    switch (fix.kind) {
      case 'replace': {
        const options = hit.replacement ? [hit.replacement] : fix.replacements;
        const out: Fix[] = [];
        for (const option of options) {
          let start = hit.start;
          let end = hit.end;
          // an affixed word: swap only the root if it is written out in full ("dibully" -> "dirundung")
          if (hit.term && hit.level !== undefined && hit.level > Level.Exact && hit.replacement) {
            const at = matched.toLowerCase().indexOf(hit.term);
            if (at < 0) continue;
            start += at;
            end = start + hit.term.length;
          }
          const written = text.slice(start, end);
          const halves = reduplicated(written);
          // "tau-tau" -> "tahu-tahu", "marah2" -> "marah-marah": the replacement keeps the doubling
          const newText = halves && !/\s/.test(option) ? `${matchCase(halves[0], option)}-${matchCase(halves[1], option)}` : matchCase(written, option);
          out.push({ title: `Ganti dengan "${newText}"`, edits: [edit(start, end, newText)], safe: fix.safe, kind: 'replace' });
        }
        if (out.length === 1) out[0].preferred = true;
        return out;
      }
      case 'remove': {
        if (fix.removeWith) {
          hit.active.removeWith ??= parseRemoveWith(fix.removeWith);
          const [from, to] = segments.sentenceBounds(hit.start, hit.end);
          const r = removal(text, hit.start, hit.end, from, to, hit.active.removeWith);
          const remove: Fix = { title: `Hapus "${r.removed}"`, edits: [edit(r.start, r.end, r.newText)], safe: fix.safe, kind: 'remove' };
          if (!hit.replacement) return [{ ...remove, preferred: true }];
          // a neutral rewrite keeps a predicate ("memang goblok" -> "memang kurang cermat"); an insult said to someone goes
          const rewrite: Fix = { title: `Ganti dengan "${hit.replacement}"`, edits: [edit(hit.start, hit.end, matchCase(matched, hit.replacement))], safe: false, kind: 'replace' };
          return r.widened ? [{ ...remove, preferred: true }, rewrite] : [{ ...rewrite, preferred: true }, remove];
        }
        let { start, end } = hit;
        if (text[end] === ' ') end++;
        else if (text[start - 1] === ' ') start--;
        return [{ title: `Hapus "${matched}"`, edits: [edit(start, end, '')], safe: fix.safe, kind: 'remove', preferred: true }];
      }
      case 'redact': {
        const validator = rule.match.validator;
        const label = hit.label ?? fix.label ?? validator?.label ?? 'data pribadi';
        const newText = validator ? validator.redact(matched, this.redaction) : `[${label} disamarkan]`;
        if (newText === matched) return [];
        return [{ title: `Samarkan ${label}`, edits: [edit(hit.start, hit.end, newText)], safe: fix.safe, kind: 'redact', preferred: true }];
      }
    }
  }
}

/** Reported so that a misspelt directive is not mistaken for one that works. */
export const UNKNOWN_DIRECTIVE_RULE = 'etika-asn/perintah-tidak-dikenal';

function unknownDirectiveFinding(u: UnknownDirective, lines: LineIndex): Finding {
  const range = lines.range(u.start, u.end);
  return {
    ruleId: UNKNOWN_DIRECTIVE_RULE,
    category: 'profesionalisme',
    severity: 'hint',
    range,
    offset: { start: u.start, end: u.end },
    match: u.name,
    message: `Perintah "etika-asn-${u.name}" tidak dikenal, jadi tidak menonaktifkan apa pun. Yang dikenal: ${DIRECTIVES.map((d) => `etika-asn-${d}`).join(', ')}.`,
    basis: '',
    fixes: [{ title: `Ganti dengan "${u.nearest}"`, edits: [{ range, newText: u.nearest }], safe: false, kind: 'replace', preferred: true }],
  };
}

/** A match of a pattern rule; a named group `hit` narrows the reported range. */
function pushPatternHit(hits: RawHit[], active: ActiveRule, m: RegExpExecArray | RegExpMatchArray, index: number): void {
  const target = m.groups?.hit;
  const offsetInMatch = target !== undefined ? m[0].indexOf(target) : 0;
  const start = index + Math.max(0, offsetInMatch);
  hits.push({ active, start, end: start + (target ?? m[0]).length });
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/u;

/** How many letters and digits a word starts with: "jum" of "jum'at", all of "kecamatan". */
function wordRunLength(word: string): number {
  const at = word.search(NOT_LETTER_OR_DIGIT);
  return at < 0 ? word.length : at;
}

/** The two halves of a reduplicated word ("tau-tau", "Tau2"), or undefined. */
function reduplicated(word: string): [string, string] | undefined {
  const dash = word.indexOf('-');
  if (dash > 0 && word.slice(0, dash).toLowerCase() === word.slice(dash + 1).toLowerCase()) return [word.slice(0, dash), word.slice(dash + 1)];
  const base = unreduplicate(word);
  return base !== word ? [base, base.toLowerCase()] : undefined;
}

/** Two words are next to each other when no sentence or clause break stands between them. */
function closeBy(text: string, end: number, nextStart: number): boolean {
  for (let k = end; k < nextStart; k++) {
    const c = text[k];
    if (c === '.' || c === '!' || c === '?' || c === ';' || c === ':' || c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') return false;
  }
  return true;
}

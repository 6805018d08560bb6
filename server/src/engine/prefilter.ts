// Which words a pattern's match can begin with, so the linter can try the pattern only
// where such a word starts instead of scanning the whole document with it. Each full scan
// costs 2-10 ms per MB; a document has one token scan that every pattern can share.
import type { AST } from '@eslint-community/regexpp';

/** Shorter prefixes would select too many words to be worth it. */
const MIN_PREFIX = 2;
const MAX_PREFIXES = 200;
/** A class of at most this many letters ("[ck]") spreads into one prefix per letter. */
const MAX_CLASS_SPREAD = 4;
const WORD = /^[\p{L}\p{N}]$/u;
/**
 * Marks a prefix that is the whole first word: the pattern refuses a letter or digit right
 * after it ("ke" in "\\bke\\s+rek" is tried at "ke", never at "kecamatan").
 */
export const WHOLE_WORD = ' ';

type Prefixes = string[] | 'any';
/** What a match consumes after the elements being read: the rest of each enclosing sequence, innermost first. */
type Continuation = readonly (readonly AST.Element[])[];

/** Literal text an element always consumes, char by char, as lower-case alternatives. */
function charOptions(element: AST.Element, ignoreCase: boolean): string[] | undefined {
  if (element.type === 'Character') {
    const c = String.fromCodePoint(element.value);
    return [ignoreCase ? c.toLowerCase() : c];
  }
  if (element.type === 'CharacterClass' && !element.negate && element.elements.every((e) => e.type === 'Character')) {
    // [Kk] and friends: a letter in either case; [ck]: either letter
    const set = new Set((element.elements as AST.Character[]).map((e) => String.fromCodePoint(e.value).toLowerCase()));
    if (set.size <= MAX_CLASS_SPREAD) return [...set];
  }
  return undefined;
}

function isZeroWidth(element: AST.Element): boolean {
  return element.type === 'Assertion';
}

function canBeEmpty(element: AST.Element): boolean {
  return element.type === 'Quantifier' && element.min === 0;
}

/** Whether a class or set can match a letter or digit (when unsure: yes). */
function canMatchWordCharacter(element: AST.Element): boolean {
  if (element.type === 'Character') return WORD.test(String.fromCodePoint(element.value));
  if (element.type === 'CharacterSet') return !(element.kind === 'space' && !element.negate);
  if (element.type === 'CharacterClass' && !element.negate) return element.elements.some((e) => e.type !== 'Character' || WORD.test(String.fromCodePoint(e.value)));
  return true;
}

/** A look-ahead that refuses every letter and digit: (?![\p{L}\p{N}_]), what \b becomes after a word. */
function refusesWordCharacter(element: AST.Element): boolean {
  if (element.type !== 'Assertion') return false;
  if (element.kind === 'word') return !element.negate;
  if (element.kind !== 'lookahead' || !element.negate || element.alternatives.length !== 1) return false;
  const only = element.alternatives[0].elements;
  return only.length === 1 && only[0].type === 'CharacterClass' && !only[0].negate && only[0].raw.includes('\\p{L}') && only[0].raw.includes('\\p{N}');
}

/**
 * Whether the first character a match consumes next can be a letter or digit, right after
 * a word character. Unsure cases answer yes: a wrong yes only tries a pattern once more.
 */
function mayContinueWord(next: Continuation): boolean {
  if (next.length === 0) return true; // the match may end here, and the word go on
  const [elements, ...outer] = next;
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i];
    const rest: Continuation = [elements.slice(i + 1), ...outer];
    if (e.type === 'Assertion') {
      if (refusesWordCharacter(e)) return false;
      continue; // other assertions consume nothing; what follows decides
    }
    if (e.type === 'Group' || e.type === 'CapturingGroup') return e.alternatives.some((a) => mayContinueWord([a.elements, ...rest]));
    if (e.type === 'Quantifier') {
      if (e.max === 0) continue;
      if (mayContinueWord([[e.element], ...rest])) return true;
      if (e.min > 0) return false;
      continue;
    }
    if (e.type === 'Character' || e.type === 'CharacterClass' || e.type === 'CharacterSet') return canMatchWordCharacter(e);
    return true;
  }
  return mayContinueWord(outer);
}

/** Prefixes of an alternative: literal characters up to the first non-literal, or what a leading group yields. */
function alternativePrefixes(elements: readonly AST.Element[], ignoreCase: boolean, next: Continuation): Prefixes {
  let i = 0;
  while (i < elements.length && isZeroWidth(elements[i])) i++;
  if (i >= elements.length) return 'any';
  const first = elements[i];
  const after: Continuation = [elements.slice(i + 1), ...next];
  if (first.type === 'Group' || first.type === 'CapturingGroup') {
    // a group's prefixes can be extended by literal text right after it, but the group alone is enough
    return groupPrefixes(first.alternatives, ignoreCase, after);
  }
  if (canBeEmpty(first)) {
    const q = first as AST.Quantifier;
    const optional = q.element.type === 'Group' || q.element.type === 'CapturingGroup' ? groupPrefixes(q.element.alternatives, ignoreCase, q.max > 1 ? [] : after) : 'any';
    const rest = alternativePrefixes(elements.slice(i + 1), ignoreCase, next);
    if (optional === 'any' || rest === 'any') return 'any';
    return [...optional, ...rest];
  }
  if (first.type === 'Quantifier' && first.min >= 1) {
    // a repeated element may be followed by itself: no prefix of it is a whole word
    const repeatAfter = first.max > 1 ? [] : after;
    return first.element.type === 'Group' || first.element.type === 'CapturingGroup'
      ? groupPrefixes(first.element.alternatives, ignoreCase, repeatAfter)
      : alternativePrefixes([first.element], ignoreCase, repeatAfter);
  }
  return literalRun([''], elements.slice(i), next, ignoreCase);
}

/** The prefixes extended by the literal word characters that open `elements`. */
function literalRun(prefixes: string[], elements: readonly AST.Element[], next: Continuation, ignoreCase: boolean): Prefixes {
  let i = 0;
  for (; i < elements.length; i++) {
    const e = elements[i];
    const options = charOptions(e, ignoreCase);
    if (!options || !options.every((o) => WORD.test(o))) {
      // "di\s?undi": the word "di" followed by a space, or the word "diundi..."
      if (prefixes[0].length >= MIN_PREFIX && e.type === 'Quantifier' && e.min === 0 && e.max === 1 && !canMatchWordCharacter(e.element)) {
        const joined = literalRun(prefixes, elements.slice(i + 1), next, ignoreCase);
        if (joined === 'any') return 'any';
        return [...prefixes.map((p) => p + WHOLE_WORD), ...joined];
      }
      break;
    }
    if (prefixes.length * options.length > MAX_PREFIXES) break;
    prefixes = prefixes.flatMap((p) => options.map((o) => p + o));
  }
  if (prefixes[0].length < MIN_PREFIX) return 'any';
  const whole = !mayContinueWord([elements.slice(i), ...next]);
  return whole ? prefixes.map((p) => p + WHOLE_WORD) : prefixes;
}

function groupPrefixes(alternatives: readonly AST.Alternative[], ignoreCase: boolean, next: Continuation): Prefixes {
  const out: string[] = [];
  for (const alt of alternatives) {
    const p = alternativePrefixes(alt.elements, ignoreCase, next);
    if (p === 'any') return 'any';
    out.push(...p);
    if (out.length > MAX_PREFIXES) return 'any';
  }
  return out;
}

/** Whether the pattern starts with a look-behind that refuses a letter before the match. */
function startsAtWordStart(alternatives: readonly AST.Alternative[]): 'letters' | 'letters-and-digits' | undefined {
  let refused: 'letters' | 'letters-and-digits' = 'letters-and-digits';
  const ok = alternatives.every((alt) => {
    // among the leading zero-width assertions, one look-behind must refuse every letter
    for (const first of alt.elements) {
      if (first.type !== 'Assertion') return false;
      if (first.kind !== 'lookbehind' || !first.negate) continue;
      if (first.alternatives.length !== 1 || first.alternatives[0].elements.length !== 1) continue;
      const cls = first.alternatives[0].elements[0];
      // a class that lists \p{L} (\w would let "é" through)
      if (cls.type !== 'CharacterClass' || cls.negate || !cls.raw.includes('\\p{L}')) continue;
      if (!cls.raw.includes('\\p{N}')) refused = 'letters';
      return true;
    }
    return false;
  });
  return ok ? refused : undefined;
}

/** A pattern's syntax tree, or undefined when it does not parse (new RegExp says why). */
export function parseRegexPattern(source: string, flags: string): AST.Pattern | undefined {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { RegExpParser } = require('@eslint-community/regexpp') as typeof import('@eslint-community/regexpp');
  try {
    return new RegExpParser({ ecmaVersion: 2024 }).parsePattern(source, 0, source.length, { unicode: flags.includes('u') });
  } catch {
    return undefined;
  }
}

/**
 * The lower-case word prefixes one of which every match starts with, when the match must
 * also start at the beginning of a word; otherwise undefined (the pattern scans the text).
 */
export function wordStartPrefixes(source: string, flags: string): string[] | undefined {
  const pattern = parseRegexPattern(source, flags);
  if (!pattern) return undefined;
  const refused = startsAtWordStart(pattern.alternatives);
  if (!refused) return undefined;
  const prefixes = groupPrefixes(pattern.alternatives, true, []);
  if (prefixes === 'any') return undefined;
  // a digit may follow a digit when only letters are refused before the match
  if (refused === 'letters' && prefixes.some((p) => /^\p{N}/u.test(p))) return undefined;
  return [...new Set(prefixes)];
}

/**
 * Text every match of a pattern contains, found before the pattern runs, so that a pattern
 * that cannot wait for a word start is tried only from shortly before where the text has
 * it (linter.ts). Compared under the pattern's own flags, so case-folded exactly as it matches.
 */
export interface RequiredLiteral {
  text: string;
  /** Most UTF-16 units a match can consume before the literal; null when unbounded. */
  maxBefore: number | null;
  /** Whether what a match consumes before the literal can hold a line break "\n". */
  beforeCrossesLines: boolean;
}

/** One consumed step of an alternative: a known character, or anything up to `max` units. */
type Step = { char: string } | { char?: undefined; max: number; newline: boolean };

/** Single letters, digits and spaces are everywhere: searching for them first saves nothing. */
const WORTH_SEARCHING = /^(?:[\p{P}\p{S}]|.{2,})$/su;

function maxUnits(node: AST.Node, unicode: boolean): number {
  switch (node.type) {
    case 'Character':
      return node.value > 0xffff ? 2 : 1;
    case 'CharacterClass':
    case 'CharacterSet':
      return unicode ? 2 : 1;
    case 'Quantifier': {
      const one = maxUnits(node.element, unicode);
      return node.max === 0 || one === 0 ? 0 : node.max * one;
    }
    case 'Group':
    case 'CapturingGroup':
      return Math.max(...node.alternatives.map((a) => maxUnits(a, unicode)));
    case 'Alternative':
      return node.elements.reduce((sum, e) => sum + maxUnits(e, unicode), 0);
    case 'Assertion':
      return 0;
    default:
      return Infinity;
  }
}

function canConsumeNewline(node: AST.Node, flags: string): boolean {
  switch (node.type) {
    case 'Character':
    case 'CharacterClass':
    case 'CharacterSet':
      return new RegExp(node.raw, flags.replace(/[gy]/g, '')).test('\n');
    case 'Quantifier':
      return node.max > 0 && canConsumeNewline(node.element, flags);
    case 'Group':
    case 'CapturingGroup':
      return node.alternatives.some((a) => canConsumeNewline(a, flags));
    case 'Alternative':
      return node.elements.some((e) => canConsumeNewline(e, flags));
    case 'Assertion':
      return false;
    default:
      return true;
  }
}

function stepsOf(elements: readonly AST.Element[], flags: string, out: Step[]): Step[] {
  const unicode = flags.includes('u');
  const opaque = (node: AST.Node, max = maxUnits(node, unicode)) => out.push({ max, newline: canConsumeNewline(node, flags) });
  for (const e of elements) {
    if (e.type === 'Assertion') continue; // consumes nothing
    if (e.type === 'Character') out.push({ char: String.fromCodePoint(e.value) });
    else if ((e.type === 'Group' || e.type === 'CapturingGroup') && e.alternatives.length === 1) stepsOf(e.alternatives[0].elements, flags, out);
    else if (e.type === 'Quantifier' && e.element.type === 'Character' && e.min >= 1) {
      // "!{2,}": two known characters, then maybe more
      for (let k = 0; k < e.min; k++) out.push({ char: String.fromCodePoint(e.element.value) });
      if (e.max > e.min) opaque(e, (e.max - e.min) * maxUnits(e.element, unicode));
    } else opaque(e);
  }
  return out;
}

function alternativeLiteral(elements: readonly AST.Element[], flags: string): RequiredLiteral | undefined {
  const steps = stepsOf(elements, flags, []);
  let best: { from: number; text: string } | undefined;
  for (let i = 0; i < steps.length; ) {
    if (steps[i].char === undefined) {
      i++;
      continue;
    }
    let text = '';
    const from = i;
    for (; i < steps.length && steps[i].char !== undefined; i++) text += steps[i].char;
    if (!best || text.length > best.text.length) best = { from, text };
  }
  if (!best || !WORTH_SEARCHING.test(best.text)) return undefined;
  let maxBefore: number | null = 0;
  let beforeCrossesLines = false;
  for (const step of steps.slice(0, best.from)) {
    // a case-folded character may be written with a partner of another length
    const max = step.char === undefined ? step.max : flags.includes('i') ? 2 : step.char.length;
    maxBefore = maxBefore === null || max === Infinity ? null : maxBefore + max;
    if (step.char === undefined && step.newline) beforeCrossesLines = true;
  }
  return { text: best.text, maxBefore, beforeCrossesLines };
}

/**
 * The longest run of known characters every match consumes, or undefined when there is none
 * worth searching for. Alternatives at the top must all yield the same one.
 */
export function requiredLiteral(source: string, flags: string): RequiredLiteral | undefined {
  const pattern = parseRegexPattern(source, flags);
  if (!pattern) return undefined;
  const found = pattern.alternatives.map((a) => alternativeLiteral(a.elements, flags));
  const first = found[0];
  if (!first || found.some((f) => f?.text !== first.text)) return undefined;
  return {
    text: first.text,
    maxBefore: found.some((f) => f!.maxBefore === null) ? null : Math.max(...found.map((f) => f!.maxBefore!)),
    beforeCrossesLines: found.some((f) => f!.beforeCrossesLines),
  };
}

/** ASCII without letters: the same under every case folding. */
const CASELESS = /^[\x00-\x40\x5b-\x60\x7b-\x7f]+$/;

/** What scanNearLiteral needs of a compiled pattern (rules.ts). */
export interface LiteralScanned {
  global: RegExp;
  sticky: RegExp;
  literalSearch?: RegExp;
  requiredLiteral?: RequiredLiteral;
}

/**
 * The matches a global scan of the pattern finds, tried only near where the required literal
 * occurs: every match contains it, so a match starts at most `maxBefore` units before an
 * occurrence (then each of those starts is tried once), or else not before its line (then
 * a global scan starts from there).
 */
export function scanNearLiteral(pattern: LiteralScanned, text: string, onMatch: (m: RegExpExecArray) => void): void {
  const literal = pattern.requiredLiteral!;
  const search = pattern.literalSearch!;
  // "#", "!!": no letter, so no case to fold, and indexOf is faster than a search under the i flag
  const caseless = CASELESS.test(literal.text);
  const bounded = literal.maxBefore !== null;
  // built once the literal occurs: most documents have none of most literals
  let re: RegExp | undefined;
  let from = 0;
  // starts before this were tried already (bounded case)
  let untried = 0;
  while (from < text.length) {
    let q: number;
    if (caseless) q = text.indexOf(literal.text, from);
    else {
      search.lastIndex = from;
      q = search.exec(text)?.index ?? -1;
    }
    if (q < 0) return;
    re ??= bounded ? pattern.sticky : pattern.global;
    if (bounded) {
      let matched = false;
      for (let p = Math.max(from, untried, q - literal.maxBefore!); p <= q; p++) {
        re.lastIndex = p;
        const m = re.exec(text);
        if (!m) continue;
        onMatch(m);
        // a match consumes the literal, so it is never empty
        from = untried = p + m[0].length;
        matched = true;
        break;
      }
      if (!matched) {
        untried = q + 1;
        from = q + 1;
      }
      continue;
    }
    let start = from;
    if (!literal.beforeCrossesLines && q > 0) start = Math.max(start, text.lastIndexOf('\n', q - 1) + 1);
    re.lastIndex = start;
    const m = re.exec(text);
    if (!m) return;
    onMatch(m);
    from = m.index + m[0].length;
  }
}

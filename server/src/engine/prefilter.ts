// Which words a pattern's match can begin with, so the linter can try the pattern only
// where such a word starts instead of scanning the whole document with it. Each full scan
// costs 2-10 ms per MB; a document has one token scan that every pattern can share.
import type { AST } from '@eslint-community/regexpp';

/** Shorter prefixes would select too many words to be worth it. */
const MIN_PREFIX = 2;
const MAX_PREFIXES = 200;
const WORD = /^[\p{L}\p{N}]$/u;

type Prefixes = string[] | 'any';

/** Literal text an element always consumes, char by char, as lower-case alternatives. */
function charOptions(element: AST.Element, ignoreCase: boolean): string[] | undefined {
  if (element.type === 'Character') {
    const c = String.fromCodePoint(element.value);
    return [ignoreCase ? c.toLowerCase() : c];
  }
  if (element.type === 'CharacterClass' && !element.negate && element.elements.every((e) => e.type === 'Character')) {
    // [Kk] and friends: a letter in either case
    const set = new Set((element.elements as AST.Character[]).map((e) => String.fromCodePoint(e.value).toLowerCase()));
    if (set.size === 1) return [...set];
  }
  return undefined;
}

function isZeroWidth(element: AST.Element): boolean {
  return element.type === 'Assertion';
}

function canBeEmpty(element: AST.Element): boolean {
  return element.type === 'Quantifier' && element.min === 0;
}

/** Prefixes of an alternative: literal characters up to the first non-literal, or what a leading group yields. */
function alternativePrefixes(elements: readonly AST.Element[], ignoreCase: boolean): Prefixes {
  let i = 0;
  while (i < elements.length && isZeroWidth(elements[i])) i++;
  if (i >= elements.length) return 'any';
  const first = elements[i];
  if (first.type === 'Group' || first.type === 'CapturingGroup') {
    const inner = groupPrefixes(first.alternatives, ignoreCase);
    if (inner === 'any') return 'any';
    // a group's prefixes can be extended by literal text right after it, but the group alone is enough
    return inner;
  }
  if (canBeEmpty(first)) {
    const q = first as AST.Quantifier;
    const optional = q.element.type === 'Group' || q.element.type === 'CapturingGroup' ? groupPrefixes(q.element.alternatives, ignoreCase) : 'any';
    const rest = alternativePrefixes(elements.slice(i + 1), ignoreCase);
    if (optional === 'any' || rest === 'any') return 'any';
    return [...optional, ...rest];
  }
  if (first.type === 'Quantifier' && first.min >= 1) {
    const inner = first.element.type === 'Group' || first.element.type === 'CapturingGroup' ? groupPrefixes(first.element.alternatives, ignoreCase) : alternativePrefixes([first.element], ignoreCase);
    return inner;
  }
  let prefix = '';
  for (; i < elements.length; i++) {
    const options = charOptions(elements[i], ignoreCase);
    if (!options || !WORD.test(options[0])) break;
    prefix += options[0];
  }
  return prefix.length >= MIN_PREFIX ? [prefix] : 'any';
}

function groupPrefixes(alternatives: readonly AST.Alternative[], ignoreCase: boolean): Prefixes {
  const out: string[] = [];
  for (const alt of alternatives) {
    const p = alternativePrefixes(alt.elements, ignoreCase);
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

/**
 * The lower-case word prefixes one of which every match starts with, when the match must
 * also start at the beginning of a word; otherwise undefined (the pattern scans the text).
 */
export function wordStartPrefixes(source: string, flags: string): string[] | undefined {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { RegExpParser } = require('@eslint-community/regexpp') as typeof import('@eslint-community/regexpp');
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser({ ecmaVersion: 2024 }).parsePattern(source, 0, source.length, { unicode: flags.includes('u') });
  } catch {
    return undefined;
  }
  const refused = startsAtWordStart(pattern.alternatives);
  if (!refused) return undefined;
  const prefixes = groupPrefixes(pattern.alternatives, true);
  if (prefixes === 'any') return undefined;
  // a digit may follow a digit when only letters are refused before the match
  if (refused === 'letters' && prefixes.some((p) => /^\p{N}/u.test(p))) return undefined;
  return [...new Set(prefixes)];
}

// Word and phrase lookup over a document's tokens. One lexicon serves every term rule,
// so a document is tokenised once however many rules there are.
import { consonantKey, keysOf, Level, MEMO_WORD_MAX, MIN_VARIANT_TERM, ownCopy, skeleton, variantKeysOf } from './normalize';

/** Words: letters and digits, with masking characters allowed inside ("b*ngs*t", "b@ngs@t"). */
const SPACED_LETTERS_RE = /(?:[ .-]\p{L}(?![\p{L}\p{N}])){2,}/uy;
const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}]/u;

/** Per UTF-16 code unit: 0 unknown, 1 word character, 2 not. ASCII is decided inline. */
const wordClass = new Uint8Array(65536);

function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (!(c < 65536)) return false; // NaN past the end: an out-of-bounds read would deoptimise the scanner
  let k = wordClass[c];
  if (k === 0) {
    // surrogate halves count as non-word: emoji must not glue onto words
    k = c >= 0xd800 && c <= 0xdfff ? 2 : WORD_CHAR_RE.test(String.fromCharCode(c)) ? 1 : 2;
    wordClass[c] = k;
  }
  return k === 1;
}

function isJoiner(c: number): boolean {
  return c === 42 /* * */ || c === 64 /* @ */ || c === 36 /* $ */ || c === 39 /* ' */ || c === 0x2019;
}

/** Word tokens of a text, as offsets; the words themselves are sliced only when looked at. */
export class Tokens {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** Tokens whose word is not simply their text: reduplication and spaced-out letters. */
  private readonly special = new Map<number, string>();
  /** Tokens written as a reduplication ("oleh-oleh"), whose word is the base. */
  private readonly doubled = new Set<number>();
  /**
   * Places inside a token where a word also starts for a regular expression: after a
   * masking character ("b*ngs*t") and at the second half of a reduplication ("rata-rata").
   */
  readonly innerStarts: number[] = [];

  constructor(private readonly text: string) {
    tokenizeInto(text, this.starts, this.ends, this.special, this.doubled, this.innerStarts);
  }

  get length(): number {
    return this.starts.length;
  }

  word(i: number): string {
    return this.special.get(i) ?? this.text.slice(this.starts[i], this.ends[i]);
  }

  /** Whether token i is a reduplication, written out ("oleh-oleh") or with a 2 ("oleh2"). */
  isReduplicated(i: number): boolean {
    if (this.doubled.has(i)) return true;
    const word = this.word(i);
    return unreduplicate(word) !== word;
  }
}

export function tokenize(text: string): Tokens {
  return new Tokens(text);
}

/**
 * Splits text into word tokens, joining reduplication ("marah-marah") and spaced-out
 * letters ("b o d o h"). A hand-written scanner that keeps no strings: it runs on every
 * keystroke over the whole document, and allocation is what costs.
 */
function tokenizeInto(text: string, starts: number[], ends: number[], special: Map<number, string>, doubled: Set<number>, innerStarts: number[]): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < n && isWordUnit(text.charCodeAt(i))) i++;
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordUnit(text.charCodeAt(i + 1))) {
        innerStarts.push(i + 1);
        i += 2;
      } else break;
    }
    let end = i;
    const length = end - start;
    let joined = false;
    if (text.charCodeAt(end) === 45 /* - */ && !isWordUnit(text.charCodeAt(end + 1 + length)) && end + 1 + length <= n) {
      const word = text.slice(start, end);
      if (text.slice(end + 1, end + 1 + length).toLowerCase() === word.toLowerCase()) {
        special.set(starts.length, word);
        doubled.add(starts.length);
        innerStarts.push(end + 1);
        end += 1 + length;
        i = end;
        joined = true;
      }
    }
    if (!joined && length === 1 && !isWordUnit(text.charCodeAt(end)) && !(text.charCodeAt(start) >= 48 && text.charCodeAt(start) <= 57)) {
      SPACED_LETTERS_RE.lastIndex = end;
      const spaced = SPACED_LETTERS_RE.exec(text);
      if (spaced) {
        special.set(starts.length, text[start] + spaced[0].replace(/[ .-]/g, ''));
        end += spaced[0].length;
        i = end;
      }
    }
    starts.push(start);
    ends.push(end);
  }
}

/** "marah2" is written reduplication of "marah". */
export function unreduplicate(word: string): string {
  const c = word.charCodeAt(word.length - 1);
  return c === 50 /* 2 */ && word.length > 3 && /\p{L}/u.test(word[word.length - 2]) ? word.slice(0, -1) : word;
}

export interface Entry<T> {
  /** The term as written in the rule, lower-cased. */
  term: string;
  /** Keys of the tokens after the first, for phrases. */
  rest: string[];
  maxLevel: Level;
  /** Chat spellings count too (see Lexicon.add). */
  variants: boolean;
  /** A reduplicated term ("oleh-oleh") is not its base word ("oleh"). */
  reduplicated: boolean;
  /**
   * Fewest characters a token needs: a term that folding letter runs shrinks to under three
   * ("PPP" to "p") would otherwise be met by "PP" and "P".
   */
  minLength: number;
  value: T;
}

export interface LexiconHit<T> {
  entry: Entry<T>;
  level: Level;
  /** Token indexes covered, inclusive. */
  first: number;
  last: number;
}

const MEMO_LIMIT = 200_000;
const NONE: never[] = [];

/** Only ASCII digits ("2024", "081234567890"). */
function isDigits(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * How the lexicon reads a term: the key of each of its words, its first word as the
 * tokenizer sees it, and whether that word is written reduplicated. Plain data, so the
 * build can store it with the shipped rules (see BundledRule) instead of every start
 * tokenising a thousand terms again.
 */
export interface TermKeys {
  keys: string[];
  first: string;
  reduplicated: boolean;
}

/** The term's keys, or undefined for a term without a word in it. */
export function termKeys(term: string): TermKeys | undefined {
  // a fresh flat copy: slices of the rule file's text would make the hot tokenizer
  // specialise on sliced strings and run 2-3x slower on documents afterwards
  const tokens = tokenize(Array.from(term).join(''));
  if (tokens.length === 0) return undefined;
  const parts = Array.from({ length: tokens.length }, (_, k) => tokens.word(k));
  return { keys: parts.map((p) => skeleton(unreduplicate(p))), first: parts[0], reduplicated: tokens.isReduplicated(0) };
}

export class Lexicon<T> {
  private readonly byFirstKey = new Map<string, Entry<T>[]>();
  /** Single-word terms by length, for masked tokens like "b*ngs*t". */
  private readonly byLength = new Map<number, Entry<T>[]>();
  /** Single-word terms with variants, by their vowel-dropped skeleton ("gblk"). */
  private readonly byConsonantKey = new Map<string, Entry<T>[]>();
  private hasVariants = false;
  private memo = new Map<string, { entry: Entry<T>; level: Level }[]>();

  get size(): number {
    return this.byFirstKey.size;
  }

  /**
   * With `variants`, the term also matches chat spellings a writer makes of it: vowels
   * dropped ("gblk" for "goblok", single words long enough to stay unambiguous), q for k,
   * the old spelling oe for u, and a pronoun written onto it ("goblokLu"). Stretched
   * letters, leetspeak, masking and suffixes are matched for every term.
   */
  add(term: string, maxLevel: Level, value: T, variants = false, keyed: TermKeys | undefined = termKeys(term)): void {
    if (!keyed) return;
    const { keys, first, reduplicated } = keyed;
    // short words get no chat spellings: too many ordinary words are one letter away
    const withVariants = variants && (keys.length > 1 || keys[0].length >= MIN_VARIANT_TERM);
    const minLength = keys[0].length < 3 && first.length > keys[0].length ? first.length : 0;
    const entry: Entry<T> = { term: term.toLowerCase(), rest: keys.slice(1), maxLevel, variants: withVariants, reduplicated, minLength, value };
    const list = this.byFirstKey.get(keys[0]);
    if (list) list.push(entry);
    else this.byFirstKey.set(keys[0], [entry]);
    if (keys.length === 1 && first.length >= 4) {
      const byLen = this.byLength.get(first.length) ?? [];
      byLen.push(entry);
      this.byLength.set(first.length, byLen);
    }
    if (withVariants) {
      this.hasVariants = true;
      const consonant = keys.length === 1 ? consonantKey(first) : undefined;
      if (consonant) this.byConsonantKey.set(consonant, [...(this.byConsonantKey.get(consonant) ?? []), entry]);
    }
    this.memo.clear();
  }

  /** Entries whose first word this token can be, with how much of the token was stripped. */
  private candidates(word: string): { entry: Entry<T>; level: Level }[] {
    if (isDigits(word)) return this.numberCandidates(word);
    let found = this.memo.get(word);
    if (found) return found;
    found = [];
    for (const { key, level } of keysOf(unreduplicate(word))) {
      for (const entry of this.byFirstKey.get(key) ?? []) {
        if (level <= entry.maxLevel && word.length >= entry.minLength) found.push({ entry, level });
      }
    }
    if (found.length === 0 && word.includes('*')) found = this.masked(word);
    if (found.length === 0 && this.hasVariants) found = this.variantCandidates(word);
    if (word.length > MEMO_WORD_MAX) return found;
    if (this.memo.size > MEMO_LIMIT) this.memo = new Map();
    this.memo.set(ownCopy(word), found);
    return found;
  }

  /**
   * A number is its own only key (no letters to fold, no affixes, no chat spellings): looked
   * up directly, not memoised, as a document's numbers are mostly all different.
   */
  private numberCandidates(word: string): { entry: Entry<T>; level: Level }[] {
    const entries = this.byFirstKey.get(word);
    if (!entries) return NONE;
    return entries.filter((e) => word.length >= e.minLength).map((entry) => ({ entry, level: Level.Exact }));
  }

  /** Entries with variants that this word spells in chat fashion. */
  private variantCandidates(word: string): { entry: Entry<T>; level: Level }[] {
    const out: { entry: Entry<T>; level: Level }[] = [];
    const { keys, consonant } = variantKeysOf(unreduplicate(word));
    for (const { key, level } of keys) {
      for (const entry of this.byFirstKey.get(key) ?? []) {
        if (entry.variants && level <= entry.maxLevel && !out.some((o) => o.entry === entry)) out.push({ entry, level });
      }
    }
    for (const { key, level } of consonant) {
      for (const entry of this.byConsonantKey.get(key) ?? []) {
        if (level <= entry.maxLevel && !out.some((o) => o.entry === entry)) out.push({ entry, level });
      }
    }
    return out;
  }

  private masked(word: string): { entry: Entry<T>; level: Level }[] {
    const lower = word.toLowerCase();
    const known = lower.replace(/\*/g, '').length;
    if (known < 2 || known * 2 < lower.length) return [];
    const out: { entry: Entry<T>; level: Level }[] = [];
    for (const entry of this.byLength.get(lower.length) ?? []) {
      let ok = true;
      for (let i = 0; i < lower.length && ok; i++) ok = lower[i] === '*' || lower[i] === entry.term[i];
      if (ok) out.push({ entry, level: Level.Exact });
    }
    return out;
  }

  /** Key of token i as written, for the later words of a phrase. */
  private exactKey(tokens: Tokens, i: number): string {
    return keysOf(unreduplicate(tokens.word(i)))[0].key;
  }

  /**
   * Finds every entry in tokens[from..to). Phrase words must follow each other, separated
   * by no more than spaces and light punctuation.
   */
  scan(text: string, tokens: Tokens, from = 0, to = tokens.length, onHit: (hit: LexiconHit<T>) => void): void {
    for (let i = from; i < to; i++) this.scanAt(text, tokens, i, tokens.word(i), to, onHit);
  }

  /** Entries that start at token i, whose word the caller already has. */
  scanAt(text: string, tokens: Tokens, i: number, word: string, to: number, onHit: (hit: LexiconHit<T>) => void): void {
    const found = this.candidates(word);
    if (found.length === 0) return;
    for (const { entry, level } of found) {
      if (entry.reduplicated && !tokens.isReduplicated(i)) continue;
      let last = i;
      let ok = true;
      let phraseLevel = level;
      for (let r = 0; r < entry.rest.length; r++) {
        const key = entry.rest[r];
        const next = last + 1;
        if (next >= to || !this.adjacent(text, tokens.ends[last], tokens.starts[next])) {
          ok = false;
          break;
        }
        if (this.exactKey(tokens, next) !== key) {
          // the last word of a phrase may carry a suffix like a single word ("uang rokoknya")
          const suffixed = r === entry.rest.length - 1 && entry.maxLevel >= Level.Suffix && this.hasSuffixKey(tokens.word(next), key);
          if (!suffixed) {
            ok = false;
            break;
          }
          phraseLevel = Math.max(phraseLevel, Level.Suffix);
        }
        last = next;
      }
      if (ok) onHit({ entry, level: phraseLevel, first: i, last });
    }
  }

  private hasSuffixKey(word: string, key: string): boolean {
    return keysOf(unreduplicate(word)).some((k) => k.level === Level.Suffix && k.key === key);
  }

  /** Whether any entry occurs in tokens[from..to). */
  any(text: string, tokens: Tokens, from: number, to: number): boolean {
    let hit = false;
    this.scan(text, tokens, from, to, () => {
      hit = true;
    });
    return hit;
  }

  private adjacent(text: string, end: number, nextStart: number): boolean {
    if (nextStart - end > 3) return false;
    for (let k = end; k < nextStart; k++) {
      const c = text[k];
      if (c !== ' ' && c !== '-' && c !== ',' && c !== '\t' && c !== '"' && c !== '#') return false;
    }
    return true;
  }
}

// Word and phrase lookup over a document's tokens. One lexicon serves every term rule,
// so a document is tokenised once however many rules there are.
import { keysOf, Level, skeleton } from './normalize';

/** Words: letters and digits, with masking characters allowed inside ("b*ngs*t", "b@ngs@t"). */
const TOKEN_RE = /[\p{L}\p{N}]+(?:[*@$'’][\p{L}\p{N}]+)*/gu;
const SPACED_LETTERS_RE = /(?:[ .]\p{L}(?![\p{L}\p{N}])){2,}/uy;

export interface Tokens {
  words: string[];
  starts: number[];
  ends: number[];
}

/** Splits text into word tokens, joining reduplication ("marah-marah") and spaced-out letters ("b o d o h"). */
export function tokenize(text: string): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    let word = m[0];
    const start = m.index;
    let end = start + word.length;
    if (text.charCodeAt(end) === 45 /* - */) {
      const next = text.slice(end + 1, end + 1 + word.length);
      if (next.length === word.length && next.toLowerCase() === word.toLowerCase() && !/[\p{L}\p{N}]/u.test(text[end + 1 + word.length] ?? '')) {
        end += 1 + word.length;
        TOKEN_RE.lastIndex = end;
      }
    } else if (word.length === 1 && /\p{L}/u.test(word)) {
      SPACED_LETTERS_RE.lastIndex = end;
      const spaced = SPACED_LETTERS_RE.exec(text);
      if (spaced) {
        end += spaced[0].length;
        word += spaced[0].replace(/[ .]/g, '');
        TOKEN_RE.lastIndex = end;
      }
    }
    words.push(word);
    starts.push(start);
    ends.push(end);
  }
  return { words, starts, ends };
}

/** "marah2" is written reduplication of "marah". */
function unreduplicate(word: string): string {
  const c = word.charCodeAt(word.length - 1);
  return c === 50 /* 2 */ && word.length > 3 && /\p{L}/u.test(word[word.length - 2]) ? word.slice(0, -1) : word;
}

export interface Entry<T> {
  /** The term as written in the rule, lower-cased. */
  term: string;
  /** Keys of the tokens after the first, for phrases. */
  rest: string[];
  maxLevel: Level;
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

export class Lexicon<T> {
  private readonly byFirstKey = new Map<string, Entry<T>[]>();
  /** Single-word terms by length, for masked tokens like "b*ngs*t". */
  private readonly byLength = new Map<number, Entry<T>[]>();
  private memo = new Map<string, { entry: Entry<T>; level: Level }[]>();

  get size(): number {
    return this.byFirstKey.size;
  }

  add(term: string, maxLevel: Level, value: T): void {
    const parts = term.match(TOKEN_RE) ?? [];
    if (parts.length === 0) return;
    const keys = parts.map((p) => skeleton(unreduplicate(p)));
    const entry: Entry<T> = { term: term.toLowerCase(), rest: keys.slice(1), maxLevel, value };
    const list = this.byFirstKey.get(keys[0]);
    if (list) list.push(entry);
    else this.byFirstKey.set(keys[0], [entry]);
    if (parts.length === 1 && parts[0].length >= 4) {
      const byLen = this.byLength.get(parts[0].length) ?? [];
      byLen.push(entry);
      this.byLength.set(parts[0].length, byLen);
    }
    this.memo.clear();
  }

  /** Entries whose first word this token can be, with how much of the token was stripped. */
  private candidates(word: string): { entry: Entry<T>; level: Level }[] {
    let found = this.memo.get(word);
    if (found) return found;
    found = [];
    for (const { key, level } of keysOf(unreduplicate(word))) {
      for (const entry of this.byFirstKey.get(key) ?? []) {
        if (level <= entry.maxLevel) found.push({ entry, level });
      }
    }
    if (found.length === 0 && word.includes('*')) found = this.masked(word);
    if (this.memo.size > MEMO_LIMIT) this.memo = new Map();
    this.memo.set(word, found);
    return found;
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
    return skeleton(unreduplicate(tokens.words[i]));
  }

  /**
   * Finds every entry in tokens[from..to). Phrase words must follow each other, separated
   * by no more than spaces and light punctuation.
   */
  scan(text: string, tokens: Tokens, from = 0, to = tokens.words.length, onHit: (hit: LexiconHit<T>) => void): void {
    for (let i = from; i < to; i++) {
      const found = this.candidates(tokens.words[i]);
      if (found.length === 0) continue;
      for (const { entry, level } of found) {
        let last = i;
        let ok = true;
        for (const key of entry.rest) {
          const next = last + 1;
          if (next >= to || !this.adjacent(text, tokens.ends[last], tokens.starts[next]) || this.exactKey(tokens, next) !== key) {
            ok = false;
            break;
          }
          last = next;
        }
        if (ok) onHit({ entry, level, first: i, last });
      }
    }
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

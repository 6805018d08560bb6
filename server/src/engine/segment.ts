// The one segmenter for lines and sentences: the linter's context scopes, the validators'
// context windows, the fixer, the summary and the incremental re-check all cut text here.
// Line breaks: \r\n, \r, \n, U+2028 and U+2029 alike. A sentence ends at a line break or
// at . ! ? followed by a space, a quote or the end, unless the word before the period is
// an abbreviation or a single letter (an initial).

/** Lower-case, without their periods: "No." "Jl." "a.n." "dr." "Kec." "AKBP." ... */
export const SENTENCE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no', 'jl', 'jln', 'gg', 'kel', 'kec', 'kab', 'ds', 'dsn', 'kp', 'prov', 'rt', 'rw', 'dr', 'drs', 'dra', 'ir', 'h', 'hj', 'prof',
  'sh', 'msi', 'dll', 'dsb', 'yth', 'tgl', 'telp', 'tlp', 'hp', 'st', 'sdr', 'sdri', 'bpk', 'ibu', 'an', 'tn', 'ny', 'nn', 'kh',
  'mt', 'se', 'mm', 'skm', 'spd', 'mpd', 'rek', 'kom', 'pol', 'akbp', 'akp', 'iptu', 'ipda', 'bripka', 'brigadir', 'aipda',
  'moh', 'muh', 'tbk',
]);
/** Longest abbreviation, with room for its inner periods: how far a period looks back. */
const ABBREVIATION_REACH = 12;

export function isLineBreakCode(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

const LETTER = /\p{L}/u;

function isLetterOrDot(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code === 46 /* . */ || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER.test(c);
}

/** Whether text[i] ends a sentence. Looks at most a few characters around i. */
export function isSentenceEnd(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (isLineBreakCode(code)) return true;
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?') return false;
  const next = text[i + 1];
  if (next !== undefined && next !== ' ' && next !== '\t' && next !== '"' && next !== '”' && !isLineBreakCode(next.charCodeAt(0))) return false;
  if (c === '.') {
    let k = i - 1;
    const stop = Math.max(-1, i - 1 - ABBREVIATION_REACH);
    while (k > stop && isLetterOrDot(text[k])) k--;
    // a longer word is no abbreviation
    if (k === stop && k >= 0 && isLetterOrDot(text[k])) return true;
    let word = text.slice(k + 1, i).toLowerCase();
    if (word.includes('.')) word = word.replace(/\./g, '');
    if (SENTENCE_ABBREVIATIONS.has(word) || word.length === 1) return false;
  }
  return true;
}

/** First index whose value is >= x. */
export function lowerBound(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A sentence never reaches further than this from a match (a run-on line is not one sentence). */
export const SENTENCE_REACH = 600;

/**
 * Lines and sentences of one text, found once and then looked up per match (a document
 * with many matches on one long line costs a binary search each, not a rescan).
 */
export class Segments {
  private breaks?: number[];
  private ends?: number[];

  constructor(readonly text: string) {}

  /** Offsets of line-break characters (the \n of \r\n counts as part of its \r). */
  private lineBreaks(): number[] {
    if (!this.breaks) {
      // scanned by hand: a regex scan allocates a match per line of a long document
      const breaks: number[] = [];
      const text = this.text;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (!isLineBreakCode(c)) continue;
        breaks.push(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      }
      this.breaks = breaks;
    }
    return this.breaks;
  }

  /** The line `offset` is on, from 0, counting every kind of line break (\r\n once). */
  lineNumberAt(offset: number): number {
    return lowerBound(this.lineBreaks(), offset);
  }

  /** The line around [start, end), without its line break. */
  lineBounds(start: number, end: number): [number, number] {
    const breaks = this.lineBreaks();
    const before = lowerBound(breaks, start) - 1;
    let from = before >= 0 ? breaks[before] + 1 : 0;
    // \r\n: the line starts after both
    if (from > 0 && this.text.charCodeAt(from - 1) === 13 && this.text.charCodeAt(from) === 10 && from < start) from++;
    const after = lowerBound(breaks, end);
    return [from, after < breaks.length ? breaks[after] : this.text.length];
  }

  private sentenceEnds(): number[] {
    if (!this.ends) {
      const ends: number[] = [];
      const text = this.text;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if ((c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */ || isLineBreakCode(c)) && isSentenceEnd(text, i)) ends.push(i);
      }
      this.ends = ends;
    }
    return this.ends;
  }

  /** The sentence around [start, end): after the previous sentence end, through the next one. */
  sentenceBounds(start: number, end: number): [number, number] {
    const ends = this.sentenceEnds();
    const minFrom = Math.max(0, start - SENTENCE_REACH);
    const before = lowerBound(ends, start) - 1;
    const from = before >= 0 && ends[before] >= minFrom ? ends[before] + 1 : start > minFrom ? minFrom : start;
    const maxTo = Math.min(this.text.length, end + SENTENCE_REACH);
    const after = lowerBound(ends, end);
    const to = after < ends.length && ends[after] < maxTo ? ends[after] : Math.max(end, maxTo);
    return [from, Math.min(this.text.length, to + 1)];
  }

  /** Every sentence as [start, end), without empty ones. */
  sentences(): [number, number][] {
    const out: [number, number][] = [];
    let from = 0;
    for (const e of [...this.sentenceEnds(), this.text.length]) {
      const piece = this.text.slice(from, e + 1);
      if (/[\p{L}\p{N}]/u.test(piece)) out.push([from, Math.min(e + 1, this.text.length)]);
      from = e + 1;
    }
    return out;
  }
}

/** The sentence around [start, end) (see Segments). */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  return new Segments(text).sentenceBounds(start, end);
}

/** The slice of `text` before `start`, at most `n` chars, not crossing a line break. */
export function lineBefore(text: string, start: number, n: number): string {
  const s = text.slice(Math.max(0, start - n), start);
  // four native searches on a short slice beat a loop over its characters
  const cut = Math.max(s.lastIndexOf('\n'), s.lastIndexOf('\r'), s.lastIndexOf('\u2028'), s.lastIndexOf('\u2029'));
  return cut >= 0 ? s.slice(cut + 1) : s;
}

/** The slice of `text` after `end`, at most `n` chars, not crossing a line break. */
export function lineAfter(text: string, end: number, n: number): string {
  const s = text.slice(end, end + n);
  let cut = s.length;
  for (const c of ['\n', '\r', '\u2028', '\u2029']) {
    const i = s.indexOf(c);
    if (i >= 0 && i < cut) cut = i;
  }
  return s.slice(0, cut);
}

// One pass per text finds where numbers are written; each number validator then tries its
// candidate pattern only there, instead of every validator scanning the whole text.
import type { Candidate, Validator } from './types';

/** A maximal stretch `[+(]?\d[\d .()-]*`: a number with the separators validators accept. */
export interface DigitRun {
  start: number;
  end: number;
  digits: number;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
/** Digits, space, dot, dash and parentheses: 0812-3456 7890, 32.73.01, (022) 123. */
const isRunChar = (c: number) => isDigit(c) || c === 32 || c === 46 || c === 45 || c === 40 || c === 41;
const PLUS = 43;
const OPEN_PAREN = 40;

export function findDigitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // "+62…" and "(0…" start at the sign; a '(' inside an earlier run already belongs to it
    const before = i > 0 ? text.charCodeAt(i - 1) : 0;
    const start = before === PLUS || before === OPEN_PAREN ? i - 1 : i;
    let digits = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (!isRunChar(c)) break;
      if (isDigit(c)) digits++;
    }
    runs.push({ start, end: i, digits });
  }
  return runs;
}

const stickyCopies = new WeakMap<RegExp, RegExp>();

/**
 * The matches of `validator.candidates` in `text`, as a global scan would find them, found by
 * trying the pattern only inside runs long enough to hold one. Exact for a validator with
 * `digitRun` set, since its matches are made of run characters and start at a run's start
 * or inside it.
 */
export function candidatesInRuns(validator: Validator, text: string, runs: readonly DigitRun[]): Candidate[] {
  const { minDigits, minLength } = validator.digitRun!;
  let sticky = stickyCopies.get(validator.candidates);
  if (!sticky) {
    sticky = new RegExp(validator.candidates.source, validator.candidates.flags.replace('g', '') + 'y');
    stickyCopies.set(validator.candidates, sticky);
  }
  const out: Candidate[] = [];
  for (const run of runs) {
    if (run.digits < minDigits || run.end - run.start < minLength) continue;
    let digitsLeft = run.digits;
    let p = run.start;
    // like a global scan: the next try starts where the last match ended
    while (run.end - p >= minLength && digitsLeft >= minDigits) {
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      if (m && m[0].length > 0) {
        out.push({ text: m[0], start: p, end: p + m[0].length, groups: m.slice(1) });
        for (const ch of m[0]) if (isDigit(ch.charCodeAt(0))) digitsLeft--;
        p += m[0].length;
        continue;
      }
      if (isDigit(text.charCodeAt(p))) digitsLeft--;
      p++;
    }
  }
  return out;
}

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
/** Digits with the separators numbers are written with: 0812-3456 7890, 32.73.01, +62 812, (022) 123. */
const RUN = /[+(]?\d[\d .()\-]*/g;

// a regular expression, not a loop over the characters: it jumps from digit to digit natively
export function findDigitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN.exec(text))) {
    const run = m[0];
    let digits = 0;
    for (let i = 0; i < run.length; i++) if (isDigit(run.charCodeAt(i))) digits++;
    runs.push({ start: m.index, end: m.index + run.length, digits });
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

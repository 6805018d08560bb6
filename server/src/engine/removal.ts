// Removing an insult so that the sentence stays whole: the words said with it go too
// ("dasar goblok", "goblok lu"), a sentence that was nothing but the insult goes entirely,
// and a sentence that now starts elsewhere starts with a capital.
import { skeleton } from './normalize';

export interface RemoveWith {
  /** Skeletons of words removed with the hit when they stand right before it ("dasar …"). */
  before: Set<string>;
  /** ... or right after it ("… lu"). */
  after: Set<string>;
}

/** Parses `fix.removeWith`: "dasar …" stands before the hit, "… lu" after it. */
export function parseRemoveWith(words: readonly string[]): RemoveWith {
  const out: RemoveWith = { before: new Set(), after: new Set() };
  for (const w of words) {
    const t = w.trim();
    if (/^(?:…|\.\.\.)/u.test(t)) out.after.add(skeleton(t.replace(/^(?:…|\.\.\.)\s*/u, '')));
    else out.before.add(skeleton(t.replace(/\s*(?:…|\.\.\.)$/u, '')));
  }
  return out;
}

/**
 * Words that carry nothing once the insult is gone ("Tolol semua!", "Kamu bodoh."): a
 * sentence left with only these is removed whole rather than left as a fragment.
 */
const FILLERS = new Set(
  'semua semuanya banget bgt sekali amat memang emang emg sih si deh dong ya yah nih tuh lah kok aja saja itu ini woi woy hei hoi bener benar betul lagi juga pula kalian kamu lu lo loe elu kau ente dasar yang pada sama dan kayak kaya'
    .split(' ')
    .map((w) => skeleton(w)),
);

const WORD_BEFORE = /([\p{L}\p{N}*@$'’]+)[ \t]+$/u;
const WORD_AFTER = /^[ \t]+([\p{L}\p{N}*@$'’]+)/u;
const LOOK = 40;

export interface Removal {
  start: number;
  end: number;
  newText: string;
  /** What is removed, for the fix's title. */
  removed: string;
  /** The removal took words beside the hit or the whole sentence with it. */
  widened: boolean;
}

/** The edit that removes [start, end) of `text`, inside the sentence [sentenceStart, sentenceEnd). */
export function removal(text: string, start: number, end: number, sentenceStart: number, sentenceEnd: number, removeWith: RemoveWith): Removal {
  let s = start;
  let e = end;
  let widened = false;
  for (let k = 0; k < 2; k++) {
    const m = WORD_BEFORE.exec(text.slice(Math.max(sentenceStart, s - LOOK), s));
    if (!m || !removeWith.before.has(skeleton(m[1]))) break;
    s -= m[0].length;
    widened = true;
  }
  for (let k = 0; k < 2; k++) {
    const m = WORD_AFTER.exec(text.slice(e, Math.min(sentenceEnd, e + LOOK)));
    if (!m || !removeWith.after.has(skeleton(m[1]))) break;
    e += m[0].length;
    widened = true;
  }

  // the sentence without the removed words: if nothing meaningful is left, remove it all
  let from = sentenceStart;
  let to = sentenceEnd;
  while (to > from && (text[to - 1] === '\n' || text[to - 1] === '\r')) to--;
  const rest = text.slice(from, s) + ' ' + text.slice(e, to);
  const words = rest.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.every((w) => FILLERS.has(skeleton(w)) || removeWith.before.has(skeleton(w)) || removeWith.after.has(skeleton(w)))) {
    while (from < to && /\s/u.test(text[from])) from++;
    // take the space that separated it from the sentence before, or else the one after
    if (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
    else while (to < text.length && (text[to] === ' ' || text[to] === '\t')) to++;
    return { start: from, end: to, newText: '', removed: text.slice(from, to).trim(), widened: true };
  }

  // only non-words before it (a bullet, an emoji): the insult opens the sentence
  const atSentenceStart = !/[\p{L}\p{N}]/u.test(text.slice(sentenceStart, s));
  if (atSentenceStart) {
    // an insult that opens the sentence is said to someone ("Goblok, kerja ..."): it goes, with
    // the comma and space after it, and the next word gets the capital
    while (e < to && /[\s,;:–—-]/u.test(text[e])) e++;
    const next = text[e];
    if (next !== undefined && next !== next.toUpperCase()) {
      return { start: s, end: e + 1, newText: next.toUpperCase(), removed: trimmed(text.slice(s, e)), widened: true };
    }
    return { start: s, end: e, newText: '', removed: trimmed(text.slice(s, e)), widened: true };
  }
  const removed = text.slice(s, e);
  // at the end of the sentence the comma before it goes too: "lelet, jancuk!" -> "lelet!";
  // between two commas one of them goes: "Bapak ibu, order … ya, enak!" -> "Bapak ibu, enak!"
  if (e >= to || /[.!?]/u.test(text[e]) || (text[e] === ',' && /,\s*$/u.test(text.slice(sentenceStart, s)))) {
    while (s > sentenceStart && /[\s,]/u.test(text[s - 1])) s--;
  } else if (text[e] === ' ') e++;
  else if (text[s - 1] === ' ') s--;
  return { start: s, end: e, newText: '', removed, widened };
}

function trimmed(phrase: string): string {
  return phrase.replace(/[\s,;:–—-]+$/u, '').trim();
}

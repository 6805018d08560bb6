// Indonesian word normalisation: informal spellings, stretched letters, leetspeak and affixes.
// Lexicon entries and document tokens go through the same `skeleton`, so "bodohhh" meets "bodoh".

/** How far a token was taken apart to reach a lexicon key. */
export const enum Level {
  Exact = 0,
  Suffix = 1,
  Full = 2,
}
export type Morphology = 'none' | 'suffix' | 'full';
export const MORPHOLOGY_LEVEL: Record<Morphology, Level> = {
  none: Level.Exact,
  suffix: Level.Suffix,
  full: Level.Full,
};

export interface Key {
  key: string;
  level: Level;
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
const HAS_LETTER = /\p{L}/u;

/**
 * Lower case, leetspeak digits read as letters (only inside words that have letters),
 * and runs of one repeated letter folded to one ("bodohhh" -> "bodoh", "maaf" -> "maf").
 */
export function skeleton(word: string): string {
  let s = word.toLowerCase();
  if (/[013457@$]/u.test(s) && HAS_LETTER.test(s) && !/^\d+[\p{L}]{0,2}$/u.test(s)) {
    s = s.replace(/[013457@$]/gu, (c) => LEET[c]);
  }
  let out = '';
  let prev = '';
  for (const c of s) {
    if (c === prev && !(c >= '0' && c <= '9')) continue;
    out += c;
    prev = c;
  }
  return out;
}

const PARTICLES = ['lah', 'kah', 'tah', 'pun'];
const POSSESSIVES = ['nya', 'ku', 'mu'];
const DERIVATIONAL = ['kan', 'an', 'i'];
const MIN_STEM = 3;

function suffixStems(word: string): string[] {
  const out = [word];
  for (const p of PARTICLES) if (word.endsWith(p) && word.length - p.length >= MIN_STEM) out.push(word.slice(0, -p.length));
  for (const w of [...out]) {
    for (const p of POSSESSIVES) if (w.endsWith(p) && w.length - p.length >= MIN_STEM) out.push(w.slice(0, -p.length));
  }
  for (const w of [...out]) {
    for (const d of DERIVATIONAL) if (w.endsWith(d) && w.length - d.length >= MIN_STEM) out.push(w.slice(0, -d.length));
  }
  return out;
}

const VOWEL = /^[aiueo]/u;

/** Candidate roots after removing one derivational prefix, restoring melted consonants. */
function prefixStems(word: string): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    if (s.length >= MIN_STEM) out.push(s);
  };
  const strip = (prefix: string, restore: string[] = ['']) => {
    if (!word.startsWith(prefix)) return;
    const rest = word.slice(prefix.length);
    for (const r of restore) add(r + rest);
  };
  // me-/pe- with nasal assimilation: meny+V -> s, mem+V -> p, men+V -> t, meng+V -> k
  for (const base of ['me', 'pe']) {
    if (!word.startsWith(base)) continue;
    const rest = word.slice(base.length);
    if (rest.startsWith('ny')) add('s' + rest.slice(2));
    else if (rest.startsWith('ng')) {
      const r = rest.slice(2);
      add(r);
      if (VOWEL.test(r)) add('k' + r);
      if (r.startsWith('e')) add(r.slice(1)); // menge- before one-syllable roots
    } else if (rest.startsWith('m')) {
      const r = rest.slice(1);
      add(r);
      if (VOWEL.test(r)) add('p' + r);
    } else if (rest.startsWith('n')) {
      const r = rest.slice(1);
      add(r);
      if (VOWEL.test(r)) add('t' + r);
    } else {
      add(rest); // me+l/r/w/y..., pe+l/r...
    }
    if (base === 'pe' && rest.startsWith('r')) add(rest.slice(1)); // per-
  }
  strip('di');
  strip('ter');
  strip('ber');
  strip('be');
  strip('ke');
  strip('se');
  strip('ku');
  strip('kau');
  return out;
}

const KEYS_MEMO_LIMIT = 100_000;
/** Longer words are rare and not worth keeping (a memo of them would grow without bound). */
export const MEMO_WORD_MAX = 64;
let keysMemo = new Map<string, Key[]>();

/**
 * A copy of `s` that does not keep the text it was cut from alive. V8 cuts a slice of 13 or
 * more characters as a view into its parent: a memo keyed by such a word pins every
 * version of a 10 MB document the language server ever checked.
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/**
 * Every lexicon key a word can stand for, with how much was stripped; the first is the
 * word's own skeleton. Memoised: a document repeats its words, and every lexicon asks.
 */
export function keysOf(word: string): Key[] {
  let keys = keysMemo.get(word);
  if (keys === undefined) {
    keys = computeKeys(word).map((k) => ({ key: ownCopy(k.key), level: k.level }));
    if (word.length > MEMO_WORD_MAX) return keys;
    if (keysMemo.size >= KEYS_MEMO_LIMIT) keysMemo = new Map();
    keysMemo.set(ownCopy(word), keys);
  }
  return keys;
}

function computeKeys(word: string): Key[] {
  const base = skeleton(word);
  const keys: Key[] = [{ key: base, level: Level.Exact }];
  if (!HAS_LETTER.test(base) || base.length <= MIN_STEM) return keys;
  const seen = new Set([base]);
  const push = (key: string, level: Level) => {
    if (!seen.has(key)) {
      seen.add(key);
      keys.push({ key, level });
    }
  };
  const suffixed = suffixStems(base);
  // strip suffixes before folding too: "bocorannya" folds to "bocoranya", hiding "-nya"
  const lower = word.toLowerCase();
  for (const s of suffixStems(lower).slice(1)) {
    const folded = skeleton(s);
    if (!suffixed.includes(folded)) suffixed.push(folded);
  }
  for (const s of suffixed.slice(1)) push(s, Level.Suffix);
  for (const s of suffixed) {
    for (const p of prefixStems(s)) {
      push(p, Level.Full);
      // a prefix may sit on a prefix: "diperbincangkan", "memperkaya"
      for (const q of prefixStems(p)) push(q, Level.Full);
    }
  }
  // the skeleton folds double letters, so restored stems must be folded too
  return keys.map((k) => (k.level === Level.Exact ? k : { key: skeleton(k.key), level: k.level }));
}

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

// Chat spellings of single words, for lexicons whose terms ask for them (`match.variants`).
// They are read only where the plain keys found nothing, so ordinary words never reach them.

/** Pronouns written onto an insult in chat ("goblokLu", "bangsatlo"). */
const ATTACHED_PRONOUNS = ['loe', 'elu', 'lu', 'lo', 'lw'];
const MIN_CONSONANT_KEY = 4;
/** Terms shorter than this get no chat spellings: "cuk" would meet "coek", "tai" "tae". */
export const MIN_VARIANT_TERM = 4;
/**
 * Consonant skeletons that are acronyms in official text; a term whose skeleton is one
 * of these gets no vowel-dropped form (checked against the shipped terms in the tests).
 */
export const CONSONANT_STOPLIST: ReadonlySet<string> = new Set(
  'bnpb bpbd dprd dpd skpd ppkm kpps bpjs bpkp bkpm bnnk bmkg lkpp phk ktp npwp pkh kjp ptsl rpjmd rpjmn sppd spt btn bnn'.split(' ').map((a) => skeleton(a)),
);

function isVowel(c: string): boolean {
  return c === 'a' || c === 'i' || c === 'u' || c === 'e' || c === 'o';
}

/**
 * The skeleton left when a writer drops the vowels of a word ("goblok" -> "gblk",
 * "anjing" -> "anjng"; a leading vowel stays), or undefined when that skeleton would be
 * too short to stay unambiguous or is an acronym of official text.
 */
export function consonantKey(term: string): string | undefined {
  const key = skeleton(term);
  if (!/^\p{Ll}+$/u.test(key)) return undefined;
  let out = key[0];
  for (let i = 1; i < key.length; i++) if (!isVowel(key[i])) out += key[i];
  out = skeleton(out); // "memek" -> "mmk" -> "mk"
  if (out.length < MIN_CONSONANT_KEY || out === key || CONSONANT_STOPLIST.has(out)) return undefined;
  return out;
}

/** Whether a word is written without vowels after its first letter ("gblk", "bngst"). */
function vowelless(word: string): boolean {
  for (let i = 1; i < word.length; i++) if (isVowel(word[i])) return false;
  return true;
}

export interface VariantKeys {
  /** Keys to look up among ordinary term keys (old spelling oe, q for k, pronoun attached). */
  keys: Key[];
  /** Keys to look up among vowel-dropped term skeletons. */
  consonant: Key[];
}

/** A chat or old spelling written the standard way ("govlok" -> "goblok"); the word itself when none applies. */
export function chatSpelling(word: string): string {
  return word
    .replace(/oe/g, 'u')
    .replace(/q/g, 'k')
    .replace(/v/g, 'b')
    .replace(/x/g, 'k')
    .replace(/^([b-df-hj-np-tv-z])u([oa])/, '$1$2')
    .replace(/d$/, 't');
}

/** The keys a word may stand for as a chat spelling of a term. */
export function variantKeysOf(word: string): VariantKeys {
  const lower = skeleton(word);
  const keys: Key[] = [];
  const consonant: Key[] = [];
  if (!/^\p{Ll}+$/u.test(lower)) return { keys, consonant };
  // old Dutch-era and chat spellings: "goeblok", "gobloq", "qontol", "govlok", "juancox",
  // a voiced final consonant ("bangsad"), and the Javanese stressed "guoblok", "juancok"
  const plain = chatSpelling(lower);
  if (plain !== lower) for (const k of keysOf(plain)) keys.push(k);
  const stems = [{ stem: lower, level: Level.Exact }];
  for (const p of ATTACHED_PRONOUNS) {
    if (lower.endsWith(p) && lower.length - p.length >= MIN_STEM) {
      const stem = lower.slice(0, -p.length);
      stems.push({ stem, level: Level.Suffix });
      keys.push({ key: skeleton(stem), level: Level.Suffix });
    }
  }
  for (const s of ['nya', 'mu']) if (lower.endsWith(s) && lower.length - s.length >= MIN_CONSONANT_KEY) stems.push({ stem: lower.slice(0, -s.length), level: Level.Suffix });
  for (const { stem, level } of stems) {
    if (stem.length < MIN_CONSONANT_KEY || !vowelless(stem)) continue;
    consonant.push({ key: stem, level });
    const plainStem = skeleton(chatSpelling(stem)); // "bngsd" -> "bngst"
    if (plainStem !== stem) consonant.push({ key: plainStem, level });
  }
  return { keys, consonant };
}

// The election registry (`pemilihan` in .etika-asn.yaml or etikaAsn.pemilihan): who runs
// in which election, when. Netralitas rules name registry terms in their patterns as
// {{calon}}, {{pasangan}}, {{partai}}, {{peserta}}, {{tagar}}, {{nomor}}; the linter fills
// them from the registry. Acronyms written in capitals (AMIN, PKB) are often also words
// ("amin"), and a JavaScript pattern cannot switch case-sensitivity inside itself, so they
// are only in {{akronim}}, meant for rules with caseSensitive: true.
// Pure: packs are data in registry-packs.ts.
import { CompiledPattern, unicodeWordBoundaries, type Rule } from './rules';
import { wordStartPrefixes } from './prefilter';
import { REGISTRY_PACKS } from './registry-packs';
import type { Severity } from './types';

export const ELECTION_LEVELS = ['presiden', 'gubernur', 'bupati', 'wali kota', 'legislatif'] as const;
export type ElectionLevel = (typeof ELECTION_LEVELS)[number];

/** One candidate or candidate pair (or one party's list in a legislative election). */
export interface RegistryCandidate {
  /** Ballot number as written on the ballot ("1", "01"). */
  nomor?: string;
  /** Full names of the persons. */
  nama: string[];
  /** Short names and nicknames ("Pak Budi", "Cak Imin"). */
  panggilan: string[];
  /** Pair names and acronyms ("Budi-Hendra", "AMIN"). */
  pasangan: string[];
  /** Supporting parties (names or acronyms). */
  partai: string[];
  /** Known campaign hashtags, without '#'. */
  tagar: string[];
}

export interface RegistryParty {
  /** Name and acronym ("Partai Sukamaju Raya", "PSR"). */
  nama: string[];
  nomor?: string;
  tagar: string[];
}

export interface Election {
  nama: string;
  tingkat: ElectionLevel;
  wilayah?: string;
  /** Campaign period, ISO dates (yyyy-mm-dd). */
  kampanye?: { mulai: string; selesai: string };
  /** Voting day, ISO date. */
  pemungutan?: string;
  calon: RegistryCandidate[];
  partai: RegistryParty[];
  /** Where the data comes from (a KPU decision). */
  sumber?: string;
}

/** The `pemilihan` section as configured. */
export interface RegistryConfig {
  /** Shipped packs to include, by name (see REGISTRY_PACKS). */
  paket?: string[];
  /** Elections written out in the config. */
  daftar?: Election[];
  /** The date that decides "inside the campaign period" (ISO); default today. */
  tanggal?: string;
}

export interface RegistryProblem {
  /** Key path, e.g. pemilihan.daftar[0].calon[1].nomor */
  key: string;
  path: (string | number)[];
  message: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks a `pemilihan` value (from YAML or settings JSON). Every problem names its key
 * path so the caller can point at the line; the valid rest is kept.
 */
export function parseRegistry(value: unknown, root = 'pemilihan'): { registry: RegistryConfig; problems: RegistryProblem[] } {
  const problems: RegistryProblem[] = [];
  const registry: RegistryConfig = {};
  const keyOf = (path: (string | number)[]) => root + path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');
  const bad = (path: (string | number)[], message: string) => problems.push({ key: keyOf(path), path, message });
  const known = (obj: Record<string, unknown>, path: (string | number)[], keys: string[]) => {
    for (const k of Object.keys(obj)) if (!keys.includes(k)) bad([...path, k], `kunci tidak dikenal (yang dikenal: ${keys.join(', ')})`);
  };
  // a single text is accepted where a list is expected ("nama: Budi Santoso")
  const texts = (v: unknown, path: (string | number)[]): string[] => {
    if (v === undefined || v === null) return [];
    const list = Array.isArray(v) ? v : [v];
    const out: string[] = [];
    list.forEach((x, i) => {
      if ((typeof x === 'string' && x.trim()) || typeof x === 'number') out.push(String(x).trim());
      else bad(Array.isArray(v) ? [...path, i] : path, 'harus berupa teks atau daftar teks');
    });
    return out;
  };
  const date = (v: unknown, path: (string | number)[]): string | undefined => {
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v.trim() : undefined;
    if (s && ISO_DATE.test(s) && !Number.isNaN(Date.parse(s))) return s;
    bad(path, 'harus berupa tanggal TTTT-BB-HH, mis. 2029-11-27');
    return undefined;
  };
  const number = (v: unknown, path: (string | number)[]): string | undefined => {
    if (v === undefined || v === null) return undefined;
    if ((typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 100) || (typeof v === 'string' && /^\d{1,2}$/.test(v.trim()))) return String(v).trim();
    bad(path, 'harus berupa nomor urut 1–99');
    return undefined;
  };
  const tags = (v: unknown, path: (string | number)[]) =>
    texts(v, path).map((t) => t.replace(/^#/, '')).filter((t, i) => {
      if (/^[\p{L}\p{N}_]+$/u.test(t)) return true;
      bad([...path, i], `tagar "${t}" hanya boleh berisi huruf, angka, dan _`);
      return false;
    });

  if (!isObject(value)) {
    bad([], 'harus berupa pemetaan (paket, daftar, tanggal)');
    return { registry, problems };
  }
  known(value, [], ['paket', 'daftar', 'tanggal']);
  if (value.paket !== undefined) {
    registry.paket = texts(value.paket, ['paket']).filter((p, i) => {
      if (REGISTRY_PACKS[p]) return true;
      bad(Array.isArray(value.paket) ? ['paket', i] : ['paket'], `paket "${p}" tidak dikenal; yang ada: ${Object.keys(REGISTRY_PACKS).join(', ')}`);
      return false;
    });
  }
  if (value.tanggal !== undefined) registry.tanggal = date(value.tanggal, ['tanggal']);
  if (value.daftar !== undefined) {
    if (!Array.isArray(value.daftar)) bad(['daftar'], 'harus berupa daftar pemilihan');
    else {
      registry.daftar = [];
      value.daftar.forEach((e, i) => {
        const at = ['daftar', i];
        if (!isObject(e)) return bad(at, 'harus berupa pemetaan (nama, tingkat, wilayah, kampanye, pemungutan, calon, partai)');
        known(e, at, ['nama', 'tingkat', 'wilayah', 'kampanye', 'pemungutan', 'calon', 'partai', 'sumber']);
        const election: Election = { nama: typeof e.nama === 'string' ? e.nama : `pemilihan ${i + 1}`, tingkat: 'bupati', calon: [], partai: [] };
        if (typeof e.nama !== 'string') bad([...at, 'nama'], 'wajib diisi dengan nama pemilihan');
        if ((ELECTION_LEVELS as readonly unknown[]).includes(e.tingkat)) election.tingkat = e.tingkat as ElectionLevel;
        else bad([...at, 'tingkat'], `harus salah satu dari ${ELECTION_LEVELS.join(', ')}`);
        if (e.wilayah !== undefined) {
          if (typeof e.wilayah === 'string') election.wilayah = e.wilayah;
          else bad([...at, 'wilayah'], 'harus berupa teks');
        }
        if (typeof e.sumber === 'string') election.sumber = e.sumber;
        if (e.kampanye !== undefined) {
          if (!isObject(e.kampanye)) bad([...at, 'kampanye'], 'harus berupa pemetaan mulai/selesai');
          else {
            known(e.kampanye, [...at, 'kampanye'], ['mulai', 'selesai']);
            const mulai = date(e.kampanye.mulai, [...at, 'kampanye', 'mulai']);
            const selesai = date(e.kampanye.selesai, [...at, 'kampanye', 'selesai']);
            if (mulai && selesai) {
              if (mulai > selesai) bad([...at, 'kampanye'], 'mulai harus sebelum selesai');
              else election.kampanye = { mulai, selesai };
            }
          }
        }
        if (e.pemungutan !== undefined) election.pemungutan = date(e.pemungutan, [...at, 'pemungutan']);
        if (e.calon !== undefined && !Array.isArray(e.calon)) bad([...at, 'calon'], 'harus berupa daftar calon');
        (Array.isArray(e.calon) ? e.calon : []).forEach((c, j) => {
          const cat = [...at, 'calon', j];
          if (!isObject(c)) return bad(cat, 'harus berupa pemetaan (nomor, nama, panggilan, pasangan, partai, tagar)');
          known(c, cat, ['nomor', 'nama', 'panggilan', 'pasangan', 'partai', 'tagar']);
          const candidate: RegistryCandidate = {
            nomor: number(c.nomor, [...cat, 'nomor']),
            nama: texts(c.nama, [...cat, 'nama']),
            panggilan: texts(c.panggilan, [...cat, 'panggilan']),
            pasangan: texts(c.pasangan, [...cat, 'pasangan']),
            partai: texts(c.partai, [...cat, 'partai']),
            tagar: tags(c.tagar, [...cat, 'tagar']),
          };
          if (candidate.nama.length === 0) bad([...cat, 'nama'], 'wajib diisi dengan nama lengkap calon');
          election.calon.push(candidate);
        });
        if (e.partai !== undefined && !Array.isArray(e.partai)) bad([...at, 'partai'], 'harus berupa daftar partai');
        (Array.isArray(e.partai) ? e.partai : []).forEach((p, j) => {
          const pat = [...at, 'partai', j];
          if (!isObject(p)) return bad(pat, 'harus berupa pemetaan (nama, nomor, tagar)');
          known(p, pat, ['nama', 'nomor', 'tagar']);
          const party: RegistryParty = { nama: texts(p.nama, [...pat, 'nama']), nomor: number(p.nomor, [...pat, 'nomor']), tagar: tags(p.tagar, [...pat, 'tagar']) };
          if (party.nama.length === 0) bad([...pat, 'nama'], 'wajib diisi dengan nama partai');
          election.partai.push(party);
        });
        registry.daftar!.push(election);
      });
    }
  }
  return { registry, problems };
}

/** Later sections add packs and elections; the later date wins. */
export function mergeRegistries(a: RegistryConfig | undefined, b: RegistryConfig | undefined): RegistryConfig | undefined {
  if (!a) return b;
  if (!b) return a;
  return {
    paket: [...new Set([...(a.paket ?? []), ...(b.paket ?? [])])],
    daftar: [...(a.daftar ?? []), ...(b.daftar ?? [])],
    tanggal: b.tanggal ?? a.tanggal,
  };
}

/** Every election the config names: packs first, then its own. */
export function registryElections(config: RegistryConfig | undefined): Election[] {
  if (!config) return [];
  return [...(config.paket ?? []).flatMap((p) => REGISTRY_PACKS[p]?.pemilihan ?? []), ...(config.daftar ?? [])];
}

/**
 * Inside the period in which campaigning matters most: from the start of the campaign to
 * voting day. Without dates an election counts as current.
 */
export function inCampaignPeriod(election: Election, date: string): boolean {
  const from = election.kampanye?.mulai;
  const to = election.pemungutan ?? election.kampanye?.selesai;
  if (!from && !to) return true;
  return (!from || date >= from) && (!to || date <= to);
}

export const REGISTRY_PLACEHOLDERS = ['calon', 'pasangan', 'partai', 'peserta', 'akronim', 'tagar', 'nomor'] as const;
type Placeholder = (typeof REGISTRY_PLACEHOLDERS)[number];
const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** Placeholders in a pattern template that are not registry terms, for rule checking. */
export function unknownPlaceholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((n) => !(REGISTRY_PLACEHOLDERS as readonly string[]).includes(n));
}

/** The template with sample terms, to check it compiles and cannot backtrack badly. */
export function sampleExpansion(template: string): string {
  return template.replace(PLACEHOLDER, (_, name: string) => alternation(name === 'nomor' ? ['1', '02'] : name === 'tagar' ? ['BudiUntukSukamaju', 'AMIN'] : ['Budi Santoso', 'Budi-Hendra', 'AMIN']));
}

function termSets(elections: Election[]): Record<Placeholder, string[]> {
  const calon = new Set<string>();
  const pasangan = new Set<string>();
  const partai = new Set<string>();
  const tagar = new Set<string>();
  const nomor = new Set<string>();
  for (const e of elections) {
    for (const c of e.calon) {
      c.nama.forEach((n) => calon.add(n));
      c.panggilan.forEach((n) => calon.add(n));
      c.pasangan.forEach((n) => pasangan.add(n));
      c.partai.forEach((n) => partai.add(n));
      c.tagar.forEach((n) => tagar.add(n));
      if (c.nomor) nomor.add(String(Number(c.nomor)));
    }
    for (const p of e.partai) {
      p.nama.forEach((n) => partai.add(n));
      p.tagar.forEach((n) => tagar.add(n));
    }
  }
  const acronym = (t: string) => /^[\p{Lu}\p{N}]{2,8}$/u.test(t) && /\p{Lu}/u.test(t);
  const words = (set: Set<string>) => [...set].filter((t) => !acronym(t));
  return {
    calon: words(calon),
    pasangan: words(pasangan),
    partai: words(partai),
    peserta: words(new Set([...calon, ...pasangan, ...partai])),
    akronim: [...new Set([...calon, ...pasangan, ...partai])].filter(acronym),
    tagar: [...tagar],
    nomor: [...nomor],
  };
}

/** Terms as one regex group: longest first, spaces and hyphens written loosely, numbers with an optional 0. */
function alternation(terms: string[]): string {
  const parts = [...new Set(terms.map((t) => t.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((t) =>
      /^\d+$/.test(t)
        ? `0?${t}`
        : t
            .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
            .replace(/\s*[-–]\s*/g, '(?:\\s?[-–/_&]\\s?|\\s)?')
            .replace(/\s+/g, '\\s+'),
    );
  return `(?:${parts.join('|')})`;
}

function expand(template: string, terms: Record<Placeholder, string[]>): string | undefined {
  let missing = false;
  const out = template.replace(PLACEHOLDER, (_, name: Placeholder) => {
    const list = terms[name] ?? [];
    if (list.length === 0) missing = true;
    return alternation(list);
  });
  return missing ? undefined : out;
}

const NAME_PLACEHOLDERS = new Set(['calon', 'pasangan', 'partai', 'peserta', 'akronim']);

/**
 * The words a match of a template can start with whatever its terms, from the literal text
 * before its first placeholder (analysed with the placeholders made opaque); null when that
 * text does not decide. Computed when the rule is parsed, and stored in the rule bundle.
 */
export function templateOpening(template: string, flags: string): string[] | null {
  const opaque = template.replace(PLACEHOLDER, '(?:[\\p{L}\\p{N}]+)');
  return wordStartPrefixes(unicodeWordBoundaries(opaque), flags) ?? null;
}

/**
 * Which words a match of the expanded template can start with, so the linter tries it only
 * there (see prefilter.ts): the template's opening, or for a template that starts with a
 * name, the names' first words. Undefined: scan the whole text.
 */
function templatePrefixes(template: string, opening: string[] | null, terms: Record<Placeholder, string[]>): string[] | undefined {
  if (opening) return opening;
  const leading = /^(?:\\b)?\{\{(\w+)\}\}/.exec(template)?.[1];
  if (!leading || !NAME_PLACEHOLDERS.has(leading)) return undefined;
  const firstWords = terms[leading as Placeholder].map((t) => /^[\p{L}\p{N}]+/u.exec(t)?.[0].toLowerCase() ?? '');
  if (firstWords.some((w) => w.length < 2)) return undefined;
  return [...new Set(firstWords)];
}

const LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'hint', hint: 'hint' };

/** Today's date (ISO), asked only when an election is configured: a Date starts the time-zone machinery. */
function isoToday(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The rules with their registry patterns filled in. A rule with templates gets a twin per
 * group of elections: those in their campaign period at the rule's severity, the others
 * one step lower (neutrality holds all the time, but outside a campaign the same words
 * are more often about an official in office). Rules without templates are returned as is.
 */
export function withRegistry(rules: readonly Rule[], config: RegistryConfig | undefined, today?: string): readonly Rule[] {
  const templated = rules.some((r) => r.match.registryPatterns.length > 0);
  if (!templated) return rules;
  const elections = registryElections(config);
  if (elections.length === 0) return rules;
  const date = config?.tanggal ?? today ?? isoToday();
  const groups: [Election[], boolean][] = [
    [elections.filter((e) => inCampaignPeriod(e, date)), true],
    [elections.filter((e) => !inCampaignPeriod(e, date)), false],
  ];
  const out: Rule[] = [...rules];
  for (const [group, inside] of groups) {
    if (group.length === 0) continue;
    const terms = termSets(group);
    for (const rule of rules) {
      if (rule.match.registryPatterns.length === 0) continue;
      const flags = rule.match.registryFlags;
      const patterns: CompiledPattern[] = [];
      for (const [i, template] of rule.match.registryPatterns.entries()) {
        const source = expand(template, terms);
        if (source === undefined) continue;
        // the template was checked for backtracking and syntax with sample terms, and the terms
        // are escaped literals: compiled on first use, like the shipped rules' patterns
        patterns.push(new CompiledPattern(source, unicodeWordBoundaries(source), flags, templatePrefixes(template, rule.match.registryOpenings[i], terms)));
      }
      if (patterns.length === 0) continue;
      out.push({
        ...rule,
        severity: inside ? rule.severity : LOWER[rule.severity],
        match: { ...rule.match, terms: new Map(), patterns, validator: undefined, registryPatterns: [], registryOpenings: [] },
      });
    }
  }
  return out;
}

/** What `etika-asn pemilihan` prints: every configured election, its period and candidates. */
export function describeRegistry(config: RegistryConfig | undefined, today?: string): string {
  const elections = registryElections(config);
  if (elections.length === 0) {
    return 'Belum ada daftar pemilihan. Tambahkan bagian "pemilihan" di .etika-asn.yaml (paket: ' + Object.keys(REGISTRY_PACKS).join(', ') + ', atau daftar sendiri).\n';
  }
  const date = config?.tanggal ?? today ?? isoToday();
  const out: string[] = [];
  if (config?.paket?.length) out.push(`Paket: ${config.paket.map((p) => `${p} (${REGISTRY_PACKS[p]?.judul ?? '?'})`).join('; ')}`);
  out.push(`Tanggal acuan: ${date}`, '');
  for (const e of elections) {
    const period = e.kampanye ? `kampanye ${e.kampanye.mulai} s.d. ${e.kampanye.selesai}` : 'masa kampanye tidak diisi';
    const status = inCampaignPeriod(e, date) ? 'dalam masa kampanye: temuan sesuai tingkat aturan' : 'di luar masa kampanye: temuan turun satu tingkat';
    out.push(`${e.nama} — ${e.tingkat}${e.wilayah ? `, ${e.wilayah}` : ''}; ${period}${e.pemungutan ? `; pemungutan ${e.pemungutan}` : ''} (${status})`);
    if (e.sumber) out.push(`  sumber: ${e.sumber}`);
    for (const c of e.calon) {
      const names = [...c.nama, ...c.panggilan, ...c.pasangan].join(', ');
      out.push(`  ${c.nomor ? `${c.nomor.padStart(2)}. ` : '    '}${names}${c.partai.length ? ` | partai: ${c.partai.join(', ')}` : ''}${c.tagar.length ? ` | tagar: ${c.tagar.map((t) => '#' + t).join(' ')}` : ''}`);
    }
    for (const p of e.partai) out.push(`  ${p.nomor ? `${p.nomor.padStart(2)}. ` : '    '}${p.nama.join(' / ')}${p.tagar.length ? ` | tagar: ${p.tagar.map((t) => '#' + t).join(' ')}` : ''}`);
    out.push('');
  }
  return out.join('\n');
}

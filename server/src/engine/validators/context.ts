/**
 * Context helpers shared by the personal-data validators.
 *
 * Like Presidio's context words: a candidate that passed its structural check is scored
 * by what surrounds it. Label words ("NIK", "No. KK", "rekening") say which identifier a
 * number is; reference words ("Nomor", "Pasal", "Tahun", slash chains) and contact words
 * ("Narahubung", "Humas", "Call center") say it is not personal data.
 *
 * All scans are bounded windows on the candidate's own line, so cost is O(window).
 */
import { lineAfter as segmentLineAfter, lineBefore as segmentLineBefore, SENTENCE_ABBREVIATIONS } from '../segment';

/** The slice of `text` before `start`, at most `n` chars, not crossing a line break. */
export function lineBefore(text: string, start: number, n = 80): string {
  return segmentLineBefore(text, start, n);
}

/** The slice of `text` after `end`, at most `n` chars, not crossing a line break. */
export function lineAfter(text: string, end: number, n = 60): string {
  return segmentLineAfter(text, end, n);
}

// Sentence punctuation first, then a lookbehind for abbreviations (the segmenter's one
// list, No., Jl., Kel., dr., ..., or an initial): the scan is driven by the cheap first character.
const anyCase = (w: string) => [...w].map((c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c)).join('');
const ABBREV = String.raw`(?<!\b(?:${[...SENTENCE_ABBREVIATIONS].filter((w) => w.length > 1).map(anyCase).join('|')}|a\.n|[A-Z])[.!?])`;
const SENTENCE_BREAK = new RegExp(String.raw`[.!?]${ABBREV}["”']?\s+(?=[A-Z"“])`, 'g');
const SENTENCE_END = new RegExp(String.raw`[.!?]${ABBREV}["”']?(?=\s+[A-Z"“]|\s*$)`);

/** The slice before `start` back to the start of the sentence (bounded). */
export function sentenceBefore(text: string, start: number, n = 160): string {
  const s = lineBefore(text, start, n);
  // A sentence break is ". " / "! " / "? " followed by a capital, not after an abbreviation.
  const re = SENTENCE_BREAK;
  re.lastIndex = 0;
  let cut = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) cut = m.index + m[0].length;
  return cut >= 0 ? s.slice(cut) : s;
}

/** The slice after `end` up to the end of the sentence (bounded). */
export function sentenceAfter(text: string, end: number, n = 160): string {
  const s = lineAfter(text, end, n);
  const re = SENTENCE_END;
  const m = re.exec(s);
  return m ? s.slice(0, m.index) : s;
}

export type LabelKind =
  | 'nik'
  | 'kk'
  | 'npwp'
  | 'nip'
  | 'bpjs'
  | 'kpj'
  | 'paspor'
  | 'sim'
  | 'telepon'
  | 'rekening'
  | 'other';

/**
 * Label words, most specific first. Each is matched against the text just before a
 * candidate; the one ending closest to the candidate wins.
 */
const LABELS: [LabelKind, RegExp][] = [
  ['kk', /\b(?:no(?:mor)?\.?\s*kk|kk|kartu\s+keluarga)\b/gi],
  ['npwp', /\b(?:npwp|nomor\s+pokok\s+wajib\s+pajak)\b/gi],
  ['nip', /\b(?:nip|ni\s*pppk|nomor\s+induk\s+pegawai)\b/gi],
  ['kpj', /\b(?:kpj|bpjs\s+ketenagakerjaan|bpjamsostek|jamsostek)\b/gi],
  ['bpjs', /\b(?:bpjs(?:\s+kesehatan)?|jkn(?:-kis)?|kis|kartu\s+indonesia\s+sehat|no(?:mor)?\.?\s*kartu\s+peserta|noka)\b/gi],
  ['nik', /\b(?:nik|e-?ktp|ktp|nomor\s+induk\s+kependudukan|no(?:mor)?\.?\s*identitas)\b/gi],
  ['paspor', /\b(?:paspor|passport)\b/gi],
  ['sim', /\b(?:SIM(?:\s+[ABC]\d?|\s+D)?|[Ss]urat\s+[Ii]zin\s+[Mm]engemudi)\b/g],
  [
    'rekening',
    /\b(?:no(?:mor)?\.?\s*rek(?:ening)?|norek|rek(?:ening)?|a\.\s?n\.?|atas\s+nama|virtual\s+account|va|bank(?:\s+\w+)?|bri|bni|bca|bsi|btn|mandiri|cimb(?:\s+niaga)?|danamon|bjb|bpd|bank\s+jatim|bank\s+jateng|bank\s+dki|muamalat|ocbc|maybank|seabank)\b/gi,
  ],
  ['telepon', /\b(?:hp|wa|whatsapp|telp|telepon|tlp|ponsel|handphone|seluler|nomor\s+kontak|ph)\b/gi],
  [
    'other',
    /\b(?:nib|nuptk|nisn|npsn|nrp|nrk|imei|resi|kode|nomor\s+urut|no\.?\s+urut|nomor\s+arsip|nomor\s+sambungan|nomor\s+pelanggan|kode\s+(?:booking|billing|bayar|pos|transaksi)|id\s+(?:pelanggan|transaksi)|idpel|nomor\s+(?:register|registrasi|perkara|seri|surat|polis|pendaftaran|kontrak|sertifikat)|isbn|issn|doi|nop|sppt|kode\s+wilayah|kode\s+kemendagri|kbli|hs\s+code|nomor\s+meter)\b/gi,
  ],
];

export interface Label {
  kind: LabelKind;
  /** Characters between the end of the label and the candidate. */
  distance: number;
}

/** All label words in one alternation (one scan per lookup); group i+1 is LABELS[i]. */
const ALL_LABELS = new RegExp(LABELS.map(([, re]) => `(${re.source})`).join('|'), 'gi');

/** The label word closest before `start` on the same line (within `n` chars). */
export function nearestLabel(text: string, start: number, n = 60): Label | null {
  // Labels of an earlier sentence do not count ("... ATM BCA. Yg menemukan hub 0878...").
  const s = sentenceBefore(text, start, n);
  let best: Label | null = null;
  ALL_LABELS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ALL_LABELS.exec(s))) {
    let i = 1;
    while (m[i] === undefined) i++;
    const kind = LABELS[i - 1]![0];
    // SIM is upper case in the rule; the combined scan is case-insensitive.
    if (kind === 'sim' && !/^(?:SIM|[Ss]urat)/.test(m[0])) continue;
    best = { kind, distance: s.length - (m.index + m[0].length) };
  }
  return best;
}

/** True when `text` near `start` contains a match for `re` (same line, `n` chars before). */
export function hasBefore(text: string, start: number, re: RegExp, n = 80): boolean {
  return re.test(lineBefore(text, start, n));
}

export function hasAfter(text: string, end: number, re: RegExp, n = 60): boolean {
  return re.test(lineAfter(text, end, n));
}

/**
 * Reference context: the number is part of a letter number, a regulation citation, an
 * amount, a date, an ISBN or similar. Checked on the few characters around the number.
 */
const REF_BEFORE =
  /(?:\b(?:pasal|ayat|huruf|angka|tahun|thn|th\.|nomor|nomer|no\.?|nmr\.?|uu|pp|perpres|perda|perkada|perbup|perwal|pergub|permen\w*|kepmen\w*|keppres|kep(?:utusan)?|inpres|se|sk|putusan|perkara|isbn|issn|doi|rp\.?|idr|usd|us\$|sgd|eur|halaman|hal\.|hlm\.?|lampiran)\s*[:.]?\s*|[\/]|[A-Z]{1,3}-)$/i;
const REF_AFTER = /^(?:\s*\/|\s*(?:tahun|thn)\b|\s*(?:rupiah|juta|miliar|triliun|ribu|jiwa|orang|unit|ton|kg|km|ha|hektare|persen|%)\b|\.\d{3}\b|,\d)/i;

export function isReference(text: string, start: number, end: number): boolean {
  const before = lineBefore(text, start, 24);
  if (REF_BEFORE.test(before)) return true;
  return REF_AFTER.test(lineAfter(text, end, 16));
}

/**
 * Contact/office context: a media contact line, an office's switchboard, a call centre.
 * Numbers and e-mails there are public, not personal data.
 */
export const CONTACT_WORDS =
  /\b(?:narahubung|nara\s+hubung|kontak\s+media|media\s+contact|contact\s+person|cp|humas|hubungan\s+masyarakat|call\s*cent(?:er|re)|pusat\s+panggilan|hotline|layanan|pengaduan|helpdesk|help\s+desk|customer\s+service|cs|kantor|sekretariat|posko|pusat\s+informasi|informasi\s+lebih\s+lanjut|informasi\s+lebih\s+lengkap|info\s+lebih\s+lanjut|fax|faks|faksimile|ppid|pelayanan|whatsapp\s+center|wa\s+center|sms\s+center|loket|resepsionis|operator|redaksi|biro|bagian|dinas|badan|kementerian|direktorat|pemkab|pemkot|pemprov|pemerintah|balai|puskesmas|rsud|rumah\s+sakit|polres|polsek|polda|kodim|koramil|unit\s+layanan|mal\s+pelayanan|dukcapil|website|laman|situs|pendaftaran|registrasi|reservasi|konfirmasi|informasi|info)\b/i;

/** Words that tie data to a private person strongly enough to override contact context. */
export const STRONG_PERSONAL_WORDS =
  /\b(?:warga|korban|pasien|pelapor|terlapor|tersangka|terdakwa|pelaku|pribadi|keluarga\s+(?:korban|pasien|pelaku)|ahli\s+waris|nasabah|penerima\s+bantuan|orang\s+tua\s+(?:korban|siswa|siswi|murid))\b/i;

/** Words that tie the data to a private person. */
export const PERSONAL_WORDS =
  /\b(?:warga|korban|pasien|pelapor|terlapor|tersangka|terdakwa|pelaku|penerima|pemohon|peserta|nasabah|pelanggan|ahli\s+waris|keluarga(?:nya)?|istri(?:nya)?|suami(?:nya)?|anak(?:nya)?|ayah(?:nya)?|ibu(?:nya)?|orang\s+tua(?:nya)?|pribadi|miliknya|milik|rumah(?:nya)?|tetangga|almarhum(?:ah)?|yang\s+bersangkutan|ybs|saudara|saudari|sdr\.?|sdri\.?|bernama|berinisial|beralamat|nomor\s+(?:hp|wa|ponsel)\s+(?:milik|pribadi))\b/i;

/** True for a character that may be part of a word. */
export function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}_]/u.test(c);
}

/** Digits only. */
export function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

/** Days in a month; February always allows 29 (the century is unknown). */
export function isValidDayMonth(day: number, month: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const max = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= max;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!isValidDayMonth(day, month)) return false;
  if (month === 2 && day === 29) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return true;
}

/** Luhn check over all digits of `s`. */
export function luhnValid(s: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = s.length - 1; i >= 0; i--) {
    let d = s.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** A contact-person line: the office publishes this person's number on purpose. */
const CONTACT_PERSON_LINE =
  /\b(?:narahubung|nara\s+hubung|kontak\s+media|media\s+contact|contact\s+person|cp|pertanyaan\s+media|kontak\s+humas)\b/i;

/** Verbs that introduce whose contact follows ("hubungi Budi di ...", "melalui WA ..."). */
const CONTACT_VERB =
  /\b(?:hubungi|menghubungi|dihubungi|hub\.|kontak(?:i)?|mengontak|melalui|lewat|via|japri|chat|kirim(?:kan)?\s+ke|dikirim(?:kan)?\s+ke|ditujukan\s+(?:ke|kepada)|sampaikan\s+ke|disampaikan\s+ke|laporkan\s+ke|dilaporkan\s+ke)\b/i;

/** An office, a service line or an official channel named as the owner of a contact. */
const OFFICE_OWNER =
  /\b(?:humas|kantor|sekretariat|dinas|badan|kementerian|direktorat|biro|bagian|bidang|seksi|upt|uptd|balai|pemkab|pemkot|pemprov|pemdes|pemerintah|puskesmas|rsud|rumah\s+sakit|polres|polsek|polda|polresta|kodim|koramil|bpbd|dukcapil|disdukcapil|ppid|posko|satgas|panitia|call\s*cent(?:er|re)|pusat\s+panggilan|hotline|helpdesk|help\s+desk|layanan|pengaduan|pelayanan|loket|customer\s+service|(?:wa|whatsapp|sms)\s+center|resmi|instansi|saluran|kanal|chatbot|aduan|kepala|kades|lurah|camat|sekdes|kadis|kabag|kasubbag|kasubag|kasi|kapolsek|kapolres|babinsa|bhabinkamtibmas|petugas|staf)\b/i;

/** Areas and schools: the office when they head the owner phrase ("hubungi Kelurahan X"), not in "Budi di Desa X". */
const AREA_OFFICE = /\b(?:desa|kelurahan|kecamatan|kabupaten|kota|provinsi|sekolah|madrasah)\b/i;

/** Words naming a private person as the owner (honorifics, pronouns, kin). */
const PERSON_OWNER =
  /\b(?:pak|bapak|bu|ibu|sdr|sdri|saudara|saudari|mas|mbak|kak|bang|saya|aku|gue|gua|ibunya|ayahnya|bapaknya|istrinya|suaminya|anaknya|keluarganya|orang\s+tua(?:nya)?|tetangga(?:nya)?|kerabat(?:nya)?|atas\s+nama|a\.\s?n\.?|milik)\b/i;

/** Capitalised words that are not names: platforms, contact words, days, months. */
const NOT_OWNER_NAME = new Set(
  (
    'WhatsApp Whatsapp Wa Telp Telpon Telepon Tel Tlp Hp Ponsel Handphone Email Surel Sms Telegram Line Instagram Facebook Twitter Signal ' +
    'Nomor No Nomer Kontak Hubungi Hub Melalui Via Lewat Atau Dan Di Ke Untuk Silakan Silahkan Segera Mohon Bisa Dapat Kami Kita Admin Call Center ' +
    'Senin Selasa Rabu Kamis Jumat Sabtu Minggu Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember ' +
    'Info Informasi Pendaftaran Konfirmasi Pemesanan Layanan Pengaduan'
  ).split(' '),
);

/**
 * Whose contact this is, from the words that introduce it: the text after the first
 * contact verb of the sentence ("hubungi Dinas Sosial di", "menghubungi ibunya, Fitri,
 * di") and the words right after it ("0812... (Budi)", "a.n. Siti"). An office, official
 * or service line named there -> 'office' (a person beside it is the office's contact:
 * "hubungi panitia di 0812... (Rina)"); otherwise a person (name, honorific, pronoun,
 * kin) -> 'person'; neither -> null (the caller falls back to the context words).
 */
export function contactOwner(text: string, start: number, end: number): 'office' | 'person' | null {
  const sentence = sentenceBefore(text, start, 160);
  const verb = CONTACT_VERB.exec(sentence);
  let phrase = '';
  if (verb) {
    // Other contacts in the phrase are not owners ("di 0812... atau WA 0813...").
    phrase = sentence.slice(verb.index + verb[0].length).replace(/[\w.%+-]+@[\w.-]+|[+(]?\d[\d .()\-]*/g, ' ');
  }
  const after = lineAfter(text, end, 40);
  const tail = /^\s*(?:\(([^()]{1,40})\)|(?:a\.\s?n\.?|atas\s+nama|milik)\s+(\S[^,.;()]{0,30}))/i.exec(after);
  if (OFFICE_OWNER.test(phrase) || (tail && OFFICE_OWNER.test(tail[1] ?? tail[2]!))) return 'office';
  // Segments ("Budi di Desa X", "Kelurahan Sukajadi", "ibunya") are read for their head.
  const owners = phrase.split(/\b(?:atau|dan|serta)\b|[,;/]/i).map(ownerOf);
  if (owners.includes('office')) return 'office';
  if (tail && (tail[2] !== undefined || ownerOf(tail[1]!) === 'person')) return 'person';
  return owners.includes('person') ? 'person' : null;
}

/** The owner a phrase names first: its head ("Budi di Desa X" is Budi, "Dinas Sosial Kota X" the office). */
function ownerOf(phrase: string): 'office' | 'person' | null {
  const office = Math.min(OFFICE_OWNER.exec(phrase)?.index ?? Infinity, AREA_OFFICE.exec(phrase)?.index ?? Infinity);
  let person = PERSON_OWNER.exec(phrase)?.index ?? Infinity;
  for (const m of phrase.matchAll(/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?![\p{L}\p{N}])/gu)) {
    if (m.index >= person) break;
    if (!NOT_OWNER_NAME.has(m[0])) person = m.index;
  }
  if (office === Infinity && person === Infinity) return null;
  return office <= person ? 'office' : 'person';
}

/** Headings of a contact block that may sit on a line above the number/e-mail. */
const CONTACT_HEADING =
  /\b(?:narahubung|nara\s+hubung|kontak\s+media|media\s+contact|contact\s+person|kontak\s+humas|humas|informasi\s+lebih\s+lanjut|call\s*cent(?:er|re)|hotline|layanan\s+pengaduan)\b/i;

/**
 * True when the candidate sits in a contact context: a contact word in its own sentence
 * or right after it, or (for short lines in a block) a contact heading in the lines above.
 */
export function inContactContext(text: string, start: number, end: number): boolean {
  const sentence = sentenceBefore(text, start, 160);
  if (CONTACT_PERSON_LINE.test(sentence)) return true;
  // A private person named as the owner is not the office's contact, whatever other
  // context words the sentence has ("Info lebih lanjut hubungi Budi di 0812...").
  const owner = contactOwner(text, start, end);
  if (owner) return owner === 'office';
  if (CONTACT_WORDS.test(sentence)) return true;
  const after = lineAfter(text, end, 40).split(/[.;]/)[0] ?? '';
  if (/^\s*[(\-–,]?\s*(?:humas|kantor|call\s*center|layanan|sekretariat|admin|cs)\b/i.test(after)) return true;
  const line = lineBefore(text, start, 200);
  if (line.length < 60 && start - line.length > 0) {
    const above = text.slice(Math.max(0, start - line.length - 160), start - line.length);
    if (CONTACT_HEADING.test(above)) return true;
  }
  return false;
}

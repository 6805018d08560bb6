/**
 * Home addresses tied to a person: "Jl. Mawar No. 5, RT 02/RW 03, Kel. Sukajadi,
 * Kec. Cibeunying", "Dusun Krajan RT 01 RW 04, Desa ...", "Perum Griya Asri Blok C2 No. 7".
 *
 * Candidates are anchored on fine-grained components (Jl./Jalan/Gg./Dusun/Kp./Perum/
 * Komplek/Blok/RT). The address is then consumed component by component (street, number,
 * RT/RW, village, district, regency, postal code); at least two components with one
 * fine-grained are needed. It is reported only when tied to a person (tinggal, rumah,
 * beralamat, domisili, warga, korban...) and not to an office or venue (kantor, gedung,
 * aula, balai, sekolah, digelar di...). The hit covers the whole address; a later anchor
 * inside an address already covered by an earlier one is not reported again.
 */
import type { Validator } from './types';
import { lineBefore, sentenceBefore } from './context';
import { labelRedaction } from './redact';

const STOP = String.raw`(?!(?:RT|RW|No|Nomor|Nomer|Desa|Ds|Kel|Kelurahan|Kec|Kecamatan|Kab|Kabupaten|Kota|Blok|Gg|Gang|Dusun|Dsn|Kp|Kampung|Perum|Perumahan|Provinsi|Prov|Jl|Jln|Jalan)\b)`;
// A name word may hold dots inside ("Dr.Soetomo") but ends at a sentence dot: only a short
// title or initial (KH., H., Dr., A.) may end in a dot and be followed by more name words, so
// "Kelurahan Citarum. Yang ..." stops at "Citarum".
const NAME_WORD = String.raw`(?:(?:[A-Z]|KH|Hj|Dr|St|Ir|Prof|RM|Tb|Moh|Muh|Drs|Pdt)\.|[A-Z0-9][\w'’-]*(?:\.[\w'’-]+)*)`;
const NAME = String.raw`${NAME_WORD}(?:[ ]${STOP}(?:${NAME_WORD}|dan|bin|gang))*`;
const SEP = String.raw`[ \t]*[,;]?[ \t]*`;
const COMPONENTS: [string, RegExp][] = [
  ['street', new RegExp(String.raw`(?:J[lL]n?\.?|JALAN|Jalan|Gg\.?|Gang|Perum(?:ahan)?\.?|Komplek|Kompleks|Komp\.|Blok|Kav\.?|Kavling)[ \t]*${NAME}`, 'y')],
  ['hamlet', new RegExp(String.raw`(?:Kp\.?|Kampung|Dusun|Dsn\.?|Lingkungan|Ling\.|Banjar|Jorong|Dukuh)[ \t]*${NAME}`, 'y')],
  ['number', /(?:No\.?|Nomor|Nomer|Nmr\.?)[ \t]*\d{1,4}[A-Za-z]?(?:[\/-]\d{1,4}[A-Za-z]?)?/y],
  ['rtrw', /(?:RT[ \t]*\/[ \t]*RW[ \t.:]*\d{1,3}[ \t]*\/[ \t]*\d{1,3}|RT[ \t.:]*\d{1,3}(?:[ \t]*[\/,]?[ \t]*RW[ \t.:]*\d{1,3})?|RW[ \t.:]*\d{1,3})/y],
  ['area', new RegExp(String.raw`(?:Desa|Ds\.|Kelurahan|Kel\.|Kecamatan|Kec\.|Kabupaten|Kab\.|Kota|Provinsi|Prov\.|Nagari|Gampong|Kampung)[ \t]*${NAME}`, 'y')],
  ['postal', /\d{5}(?!\d)/y],
];
const FINE = new Set(['street', 'number', 'rtrw']);

// Each anchor asks whether an address starting at an earlier anchor on its line covers
// it, so one anchor's address is consumed again for each later anchor: remember the last
// text's results (a run of 20,000 anchors took 3 s without this).
let memoText: string | undefined;
const memo = new Map<number, { end: number; kinds: string[] }>();
function consume(text: string, pos: number): { end: number; kinds: string[] } {
  if (text !== memoText || memo.size > 50_000) {
    memoText = text;
    memo.clear();
  }
  let r = memo.get(pos);
  if (!r) memo.set(pos, (r = consumeAt(text, pos)));
  return r;
}

/** Consume an address from `pos`; returns its end and the kinds found. */
function consumeAt(text: string, pos: number): { end: number; kinds: string[] } {
  const kinds: string[] = [];
  let end = pos;
  let p = pos;
  const limit = Math.min(text.length, pos + 240);
  for (let guard = 0; guard < 12 && p < limit; guard++) {
    let matched = false;
    for (const [kind, re] of COMPONENTS) {
      re.lastIndex = p;
      const m = re.exec(text);
      if (m && m[0].length > 0) {
        kinds.push(kind);
        end = p + m[0].length;
        const sep = /[ \t]*[,;]?[ \t]*/y;
        sep.lastIndex = end;
        sep.exec(text);
        p = sep.lastIndex;
        matched = true;
        break;
      }
    }
    if (!matched) break;
  }
  // Do not swallow a trailing sentence dot or comma.
  while (end > pos && /[.,;:]/.test(text[end - 1]!)) end--;
  return { end, kinds };
}
void SEP;

const START_WORDS =
  /(?:J[lL]n?\.?|JALAN|Jalan|Gg\.?|Gang|Perum(?:ahan)?\.?|Komplek|Kompleks|Komp\.|Kp\.?|Kampung|Dusun|Dsn\.?|Blok|RT|Desa|Ds\.|Kelurahan|Kel\.)(?=[ \t.:])/g;
const ANCHOR_ONLY = /^(?:J[lL]n?\.?|JALAN|Jalan|Gg\.?|Gang|Perum(?:ahan)?\.?|Komplek|Kompleks|Komp\.|Kp\.?|Kampung|Dusun|Dsn\.?|Blok|RT)$/;

const PERSON =
  /\b(?:tinggal|bertempat\s+tinggal|beralamat|alamat(?:nya)?|berdomisili|domisili|kediaman(?:nya)?|rumah(?:nya)?|indekos|kos|kosan|kontrakan|warga|korban|pelaku|tersangka|terdakwa|pasien|pelapor|penerima|pemohon|asal|ahli\s+waris|keluarga)\b/i;
const RESIDENCE =
  /\b(?:tinggal|bertempat\s+tinggal|beralamat|alamat(?:nya)?|berdomisili|domisili|kediaman(?:nya)?|rumah(?:nya)?|indekos|kos|kosan|kontrakan(?:nya)?)\b/i;
/** "Dadang Sunarya, warga Kp. Cibogo RT 01 ...": a named person's residence. */
const RESIDENT_OF = /\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*\s*(?:\(\d{1,3}\))?,?\s*warga\s*$/u;
const VENUE =
  /\b(?:kantor|gedung|sekretariat|aula|balai|pendopo|pendapa|masjid|musala|gereja|sekolah|kampus|puskesmas|rsud|rumah\s+sakit|hotel|gor|stadion|lapangan|alun-alun|pasar|terminal|stasiun|bandara|taman|museum|berlokasi|bertempat\s+di|digelar|dilaksanakan|diselenggarakan|berlangsung|lokasi|kegiatan|acara|posko|dinas|badan|kementerian|polres|polsek|polda|kodim|koramil|mal|toko|kafe|restoran|warung|pabrik|gudang|proyek|ruas|perbaikan|pengaspalan|jembatan|banjir|longsor|macet|kemacetan|jalur|lalu\s+lintas|pemadaman)\b/i;

export const alamat: Validator = {
  name: 'alamat',
  label: 'alamat rumah',
  candidates:
    /(?<![\w.])(?:J[lL]n?\.|JALAN\b|Jalan\b|Gg\.|Gang\b|Perum(?:ahan)?\b|Komplek\b|Kompleks\b|Komp\.|Kp\.|Kampung\b|Dusun\b|Dsn\.|Blok\b|RT\b)/g,
  validate(c, text) {
    // Is this anchor inside an address starting earlier on the line?
    const before = lineBefore(text, c.start, 140);
    const base = c.start - before.length;
    let start = c.start;
    START_WORDS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = START_WORDS.exec(before))) {
      const p = base + m.index;
      const r = consume(text, p);
      if (r.end > c.start) {
        if (ANCHOR_ONLY.test(m[0])) return null; // the earlier anchor reports it
        start = p;
        break;
      }
    }
    const { end, kinds } = consume(text, start);
    if (end <= c.start) return null;
    if (kinds.length < 2 || !kinds.some((k) => FINE.has(k))) return null;
    const sentence = sentenceBefore(text, start, 160);
    if (!PERSON.test(sentence)) return null;
    // Without a street or house number (only RT/RW, hamlet, village) it must be a
    // person's residence ("tinggal di", "rumah"), not a community ("warga RT 05").
    if (!kinds.includes('street') && !kinds.includes('number') && !RESIDENCE.test(sentence) && !RESIDENT_OF.test(lineBefore(text, start, 80)))
      return null;
    // Venue words close before the address win over a person earlier in the sentence.
    if (VENUE.test(lineBefore(text, start, 50))) return null;
    return { start, end };
  },
  redact(_hitText, _style) {
    return labelRedaction('alamat');
  },
};

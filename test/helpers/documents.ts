// Random documents for property tests and the fuzz script: the shipped rules' own examples
// (so fixes and context conditions fire), personal data, redaction labels, directives and
// Markdown pieces, joined by every kind of line and sentence break and lightly mutated.
import type { Finding, OffsetEdit } from '../../server/src/engine';
import { shippedRules } from './rules';

const EXTRA = [
  'Hubungi Bu Sari di 081234567890budi@gmail.com.',
  'NIK 3273014506900002 milik warga.',
  '[nomor BPJS disamarkan] 0001234567890',
  'Kartu BPJS 0001234567890 atas nama Siti.',
  'Tim sukses ane siap.',
  'Halo gaes, korban pelecehan itu masih trauma.',
  'Hadir di acara warga #Coblos02 #MenangkanAMIN',
  '[etika-asn-disable-next-line]',
  '[etika-asn-disable]',
  '[etika-asn-enable]',
  '<!-- etika-asn-disable-line -->',
  'Lihat [tautan](https://contoh.go.id/a) ini.',
  '`kode goblok`',
  'Jl. Merdeka No. 5 Kec. Sukajadi.',
  'Dr. H. Ahmad, S.H. hadir.',
];
const JOINERS = [' ', ' ', '\n', '\r\n', '\r', '\u2028', '\n\n', '. ', ', ', ' — '];

let pieces: string[] | undefined;
export function documentPieces(): string[] {
  pieces ??= [...EXTRA, ...shippedRules().rules.flatMap((r) => [...r.examples.invalid, ...r.examples.valid].map((e) => e.text))];
  return pieces;
}

function mutate(s: string, rand: () => number): string {
  const r = rand();
  if (r < 0.6) return s;
  if (r < 0.7) return s.toUpperCase();
  if (r < 0.8) return s.toLowerCase();
  const at = Math.floor(rand() * (s.length + 1));
  if (r < 0.9) return s.slice(0, at); // cut short
  return s.slice(0, at) + s.slice(at).replace(/^\s*\S+/, (w) => `${w} ${w}`); // a doubled word
}

/** A document of up to `maxPieces` pieces, the same for the same `rand` sequence. */
export function randomDocument(rand: () => number, maxPieces = 8): string {
  const all = documentPieces();
  const n = 1 + Math.floor(rand() * maxPieces);
  let out = '';
  for (let i = 0; i < n; i++) {
    if (i > 0) out += JOINERS[Math.floor(rand() * JOINERS.length)];
    out += mutate(all[Math.floor(rand() * all.length)], rand);
  }
  return out;
}

/** Findings of `after` that `before` did not have at the same place (same rule, overlapping the mapped range). */
export function newFindings(before: Finding[], edits: readonly OffsetEdit[], after: Finding[]): Finding[] {
  const back = (q: number, side: 'start' | 'end') => {
    let delta = 0;
    for (const e of edits) {
      const from = e.start + delta;
      const to = from + e.newText.length;
      if (q < from) break;
      if (q <= to) return side === 'start' ? e.start : e.end;
      delta += e.newText.length - (e.end - e.start);
    }
    return q - delta;
  };
  return after.filter((f) => {
    const [s, t] = [back(f.offset.start, 'start'), back(f.offset.end, 'end')];
    return !before.some((g) => g.ruleId === f.ruleId && g.offset.start <= t && s <= g.offset.end);
  });
}


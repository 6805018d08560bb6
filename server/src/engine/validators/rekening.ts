/**
 * Bank account and virtual-account numbers: 10..16 digits (BNI/BCA/BSI 10, Mandiri 13,
 * BRI 15, BTN 16; lengths are not regulated), plain or grouped with spaces, dots or
 * dashes. Only when a bank word (rek./rekening/norek, a bank's name, VA) is the nearest
 * label before it, or "a.n."/"atas nama" follows it. Accounts of public bodies (a.n.
 * Pemerintah/Kas Daerah/RKUD/BAZNAS/Yayasan/Panitia...) are public, not personal data.
 */
import type { Validator } from './types';
import { digitsOf, lineAfter, nearestLabel, sentenceBefore } from './context';
import { redactNumber } from './redact';
import { checkNik } from './nik';
import { classifyPhone } from './telepon';

const PUBLIC_HOLDER =
  /^\W{0,3}(?:a\.\s?n\.?|atas\s+nama)\s*:?\s*(?:pemerintah|pemkab|pemkot|pemprov|pemdes|kas\s+(?:daerah|negara|umum|desa)|rkud|rkun|baznas|laznas|lazis\w*|yayasan|panitia|pmi|palang\s+merah|dinas|badan|lembaga|masjid|gereja|pura|vihara|rekening\s+kas|bendahara|kantor|kpknl|kppn|bank\s+indonesia|pt\b|cv\b|koperasi|bumdes|bumd|perumda|pdam|rsud|puskesmas|sekolah|komite|dkm|posko|gerakan|forum|ikatan|persatuan|perkumpulan|himpunan|asosiasi|universitas|kementerian|sekretariat|setda|bpbd|kpu|bawaslu|kpk|ditjen|direktorat)/i;
const PUBLIC_CONTEXT =
  /\b(?:kas\s+(?:daerah|negara|desa)|rkud|rkun|rekening\s+(?:resmi|penampung(?:an)?|kas)|penerimaan\s+negara|pnbp|retribusi|pajak\s+daerah|donasi\s+resmi|rekening\s+(?:pemerintah|instansi|dinas|lembaga))\b/i;

export const rekening: Validator = {
  name: 'rekening',
  label: 'nomor rekening',
  candidates: /(?<![\w.,\/+-])\d[\d .\-]{8,22}\d(?![\w\/]|[.,]\d)/g,
  digitRun: { minDigits: 2, minLength: 10 },
  validate(c, text) {
    let t = c.text;
    let end = c.end;
    // Drop a trailing group separated by a space that makes the number too long
    // (e.g. "1234567890 2026").
    let d = digitsOf(t);
    while (d.length > 16 && / \d+$/.test(t)) {
      const cut = t.lastIndexOf(' ');
      end -= t.length - cut;
      t = t.slice(0, cut).trimEnd();
      d = digitsOf(t);
    }
    if (d.length < 10 || d.length > 16) return null;
    // Amounts and statistics: 1.250.000.000
    if (/^\d{1,3}(?:\.\d{3})+$/.test(t)) return null;
    // Phones belong to the phone validator.
    if (/^(?:08[1-9]|\+?628)/.test(t) && d.length <= 13) {
      const l = nearestLabel(text, c.start, 30);
      if (!l || l.kind !== 'rekening') return null;
    }
    const label = nearestLabel(text, c.start, 60);
    // A mobile number is an account only right after the bank/e-wallet word.
    if (classifyPhone(t) === 'mobile' && (!label || label.kind !== 'rekening' || label.distance > 12)) return null;
    const after = lineAfter(text, end, 60);
    const holderAfter = /^\W{0,3}(?:a\.\s?n\.?|atas\s+nama)\s/i.test(after);
    const labelled = label !== null && label.kind === 'rekening' && label.distance <= 40;
    if (!labelled && !holderAfter) return null;
    if (label && label.kind !== 'rekening' && label.distance <= 40) return null;
    if (!labelled) {
      // Only "a.n." after it: not when the number is itself another identifier.
      if (checkNik(d) || classifyPhone(t) || /^\d{2}\.\d{3}\.\d{3}\.\d-/.test(t)) return null;
    }
    if (PUBLIC_HOLDER.test(after)) return null;
    const sentence = sentenceBefore(text, c.start, 160);
    if (PUBLIC_CONTEXT.test(sentence)) return null;
    return { start: c.start, end };
  },
  redact: redactNumber('nomor rekening'),
};

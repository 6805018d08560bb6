/**
 * NIK (Nomor Induk Kependudukan): 16 digits `PPKKCC DDMMYY SSSS`.
 * - region PPKKCC: a real district code (see identity.ts for the regency/legacy fallback,
 *   accepted only with a NIK/KTP label near);
 * - DDMMYY: a real day/month, women day + 40 (41..71);
 * - serial SSSS != 0000. No check digit exists.
 * A 16-digit number labelled as something else (KK, NPWP, rekening, NUPTK...) is left to
 * that validator; letter numbers, citations and amounts are skipped.
 */
import type { Validator } from './types';
import { digitsOf, isReference, nearestLabel } from './context';
import { nikDateValid, regionLevel, SIXTEEN_DIGITS } from './identity';
import { redactNumber } from './redact';

/** Structural check of 16 digits as a NIK; returns the region level or null. */
export function checkNik(d: string): ReturnType<typeof regionLevel> {
  if (d.length !== 16) return null;
  if (d.slice(12) === '0000') return null;
  if (!nikDateValid(d.slice(6, 12))) return null;
  return regionLevel(d.slice(0, 6));
}

export const nik: Validator = {
  name: 'nik',
  label: 'NIK',
  candidates: new RegExp(SIXTEEN_DIGITS.source, 'g'),
  digitRun: { minDigits: 16, minLength: 16 },
  validate(c, text) {
    const d = digitsOf(c.text);
    const level = checkNik(d);
    if (!level) return null;
    const label = nearestLabel(text, c.start);
    const labelled = label !== null && label.distance <= 40;
    if (labelled && label.kind !== 'nik') return null;
    if (!labelled) {
      if (level !== 'district') return null;
      if (isReference(text, c.start, c.end)) return null;
    }
    return { start: c.start, end: c.end };
  },
  redact: redactNumber('NIK'),
};

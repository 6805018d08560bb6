/**
 * Nomor Kartu Keluarga: 16 digits `PPKKCC DDMMYY SSSS` (region, registration date,
 * family serial). Structurally a subset of a NIK (no +40 day), so it is reported only
 * when a KK label ("No. KK", "Kartu Keluarga") is the nearest label word.
 */
import type { Validator } from './types';
import { digitsOf, nearestLabel } from './context';
import { kkDateValid, regionLevel, SIXTEEN_DIGITS } from './identity';
import { redactNumber } from './redact';

export function checkKk(d: string): ReturnType<typeof regionLevel> {
  if (d.length !== 16) return null;
  if (d.slice(12) === '0000') return null;
  if (!kkDateValid(d.slice(6, 12))) return null;
  return regionLevel(d.slice(0, 6));
}

export const kk: Validator = {
  name: 'kk',
  label: 'nomor KK',
  candidates: new RegExp(SIXTEEN_DIGITS.source, 'g'),
  digitRun: { minDigits: 16, minLength: 16 },
  validate(c, text) {
    const d = digitsOf(c.text);
    if (!checkKk(d)) return null;
    const label = nearestLabel(text, c.start);
    if (!label || label.kind !== 'kk' || label.distance > 40) return null;
    return { start: c.start, end: c.end };
  },
  redact: redactNumber('nomor KK'),
};

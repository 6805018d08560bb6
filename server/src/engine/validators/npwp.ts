/**
 * NPWP.
 * - 15 digits `XX.XXX.XXX.X-XXX.XXX`: 9th digit is a Luhn check digit over the first 8
 *   (as python-stdnum validates it). DJP publishes no spec, so the mask with a failing
 *   check digit is still accepted when an NPWP label is near.
 * - plain 15 digits: only with an NPWP label.
 * - 16 digits (PMK 112/PMK.03/2022: NIK for residents, or 0 + the old 15): only with an
 *   NPWP label, otherwise the NIK validator owns it.
 */
import type { Validator } from './types';
import { digitsOf, lineAfter, lineBefore, luhnValid, nearestLabel } from './context';

const ENTITY =
  /\b(?:instansi|bendahara|bendaharawan|satker|satuan\s+kerja|dinas|badan|kementerian|pemerintah|pemkab|pemkot|pemprov|pt|cv|yayasan|koperasi|perusahaan|bumd|bumn|perumda|sekolah|universitas)\b/i;
import { redactNumber } from './redact';

const MASKED = /^\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}$/;

export const npwp: Validator = {
  name: 'npwp',
  label: 'NPWP',
  candidates:
    /(?<![\w.\/-])(?:\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}|\d{15,16}|\d{4}[ .-]\d{4}[ .-]\d{4}[ .-]\d{4})(?![\w\/]|[.,-]\d)/g,
  digitRun: { minDigits: 15, minLength: 15 },
  validate(c, text) {
    const d = digitsOf(c.text);
    // The NPWP of an agency, its treasurer or a company is public.
    if (ENTITY.test(lineBefore(text, c.start, 50)) || ENTITY.test(lineAfter(text, c.end, 50))) return null;
    const label = nearestLabel(text, c.start);
    const labelled = label !== null && label.kind === 'npwp' && label.distance <= 40;
    const otherLabel = label !== null && label.kind !== 'npwp' && label.distance <= 40;
    if (MASKED.test(c.text)) {
      if (labelled || (!otherLabel && luhnValid(d.slice(0, 9)))) return { start: c.start, end: c.end };
      return null;
    }
    if (!labelled) return null;
    if (d.length === 15 || d.length === 16) return { start: c.start, end: c.end };
    return null;
  },
  redact: redactNumber('NPWP'),
};

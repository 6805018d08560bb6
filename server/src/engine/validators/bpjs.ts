/**
 * BPJS numbers, only in context:
 * - BPJS Kesehatan / JKN-KIS card number: 13 digits (often starting 000; structure
 *   otherwise unverified) with a BPJS/JKN/KIS/"kartu peserta" label near;
 * - BPJS Ketenagakerjaan KPJ: 11 digits (unverified) with a KPJ/BPJS Ketenagakerjaan label.
 */
import type { Validator } from './types';
import { digitsOf, nearestLabel } from './context';
import { redactNumber } from './redact';

export const bpjs: Validator = {
  name: 'bpjs',
  label: 'nomor BPJS',
  candidates: /(?<![\w.\/-])(?:\d{13}|\d{11}|\d{4} \d{4} \d{5})(?![\w\/]|[.,-]\d)/g,
  digitRun: { minDigits: 11, minLength: 11 },
  validate(c, text) {
    const d = digitsOf(c.text);
    const label = nearestLabel(text, c.start, 70);
    if (!label || label.distance > 50) return null;
    if (d.length === 13 && label.kind === 'bpjs') return { start: c.start, end: c.end };
    if (d.length === 11 && label.kind === 'kpj') return { start: c.start, end: c.end };
    return null;
  },
  redact: redactNumber('nomor BPJS'),
};

/**
 * Indonesian phone numbers.
 * - mobile: (+62|62|0) 8[1-9] + 7..10 digits (10..13 digits in the 0 form);
 * - landline: 0 + area code 2..3 digits (02x..07x, 09xx) + subscriber, 8..12 digits;
 *   0800/0807 toll-free lines are public.
 * Separators (space, dot, dash) and a parenthesised area code are allowed; the hit is
 * cut at the last digit group that still forms a valid number.
 * Context: an office/contact line (Narahubung, Humas, Call center, kantor, layanan...) is
 * public unless a strong personal word (warga, korban, pasien, pribadi...) is near; a
 * landline is reported only with a personal word near (most landlines in releases are
 * offices). Short service numbers (112, 110, 1500-xxx, 14xxx) never match: they do not
 * start with 0 or 62.
 */
import type { Validator } from './types';
import {
  CONTACT_WORDS,
  PERSONAL_WORDS,
  STRONG_PERSONAL_WORDS,
  contactOwner,
  inContactContext,
  lineBefore,
  nearestLabel,
  sentenceBefore,
} from './context';
import { partialMask, labelRedaction } from './redact';

const MOBILE = /^08[1-9]\d{7,10}$/;
const LANDLINE = /^0(?:[2-7]\d|9[0-8])\d{5,9}$/;

function normalize(digits: string, plus: boolean): string | null {
  if (plus || digits.startsWith('62')) {
    if (!digits.startsWith('62')) return null;
    return '0' + digits.slice(2);
  }
  return digits;
}

export function classifyPhone(raw: string): 'mobile' | 'landline' | null {
  const plus = raw.startsWith('+');
  const d = raw.replace(/\D/g, '');
  const n = normalize(d, plus);
  if (!n) return null;
  if (MOBILE.test(n)) return 'mobile';
  if (!plus && d.startsWith('62')) return null; // bare 62 only for mobiles
  if (/^080[07]/.test(n)) return null;
  if (LANDLINE.test(n) && n.length <= 12) return 'landline';
  return null;
}

export const telepon: Validator = {
  name: 'telepon',
  label: 'nomor telepon',
  candidates: /(?<![\w+\/-]|\d[.,])(?:\+62|62|\(0|0)[\d .()\-]{6,18}\d(?!\d)/g,
  digitRun: { minDigits: 2, minLength: 8 },
  validate(c, text) {
    const t = c.text;
    // Times such as 08.30-10.00 or 09:00.
    if (/^\d{2}[.:]\d{2}\b/.test(t)) return null;
    // NPWP mask 08.550.404.1-005.000 and dotted amounts 0.250.000.
    if (/^\d{2}\.\d{3}\.\d{3}\.\d/.test(t) || /^0\.\d{3}\b/.test(t)) return null;
    // Digit groups; try the longest prefix of groups that is a valid number.
    const re = /\d+/g;
    const ends: number[] = [];
    let m: RegExpExecArray | null;
    while ((m = re.exec(t))) ends.push(m.index + m[0].length);
    let kind: 'mobile' | 'landline' | null = null;
    let end = 0;
    for (let k = ends.length; k >= 1; k--) {
      kind = classifyPhone(t.slice(0, ends[k - 1]));
      if (kind) {
        end = ends[k - 1]!;
        break;
      }
    }
    if (!kind) return null;
    const start = c.start;
    const stop = c.start + end;
    if (text[stop] === '/' || text[start - 1] === '/') return null;
    const label = nearestLabel(text, start, 40);
    if (label && label.kind !== 'telepon' && label.distance <= 20) return null;
    const before = lineBefore(text, start, 120);
    const sentence = sentenceBefore(text, start, 160);
    if (/\b(?:rp\.?|idr)\s*$/i.test(before)) return null;
    const strong = STRONG_PERSONAL_WORDS.test(sentence);
    const hit = { start, end: stop, label: kind === 'mobile' ? 'nomor HP' : 'nomor telepon' };
    // Whoever is named as the owner decides: "hubungi Polsek Coblong (022) ..." is the
    // office's even after "warga yang kehilangan motor"; "hubungi Budi di 0812..." is
    // Budi's even after "info lebih lanjut" (unless it is the contact-person line).
    const owner = contactOwner(text, start, stop);
    if (owner === 'office') return null;
    if (inContactContext(text, start, stop) && !strong) return null;
    if (owner === 'person') return hit;
    // An office word right before the number wins over a person earlier in the sentence.
    const near = lineBefore(text, start, 40);
    if (CONTACT_WORDS.test(near) && !STRONG_PERSONAL_WORDS.test(near)) return null;
    if (kind === 'landline' && !strong && !PERSONAL_WORDS.test(sentence)) return null;
    return hit;
  },
  redact(hitText, style) {
    if (style === 'label') {
      const d = hitText.replace(/\D/g, '');
      return labelRedaction(/^(?:0|62)8/.test(d) ? 'nomor HP' : 'nomor telepon');
    }
    return partialMask(hitText);
  },
};

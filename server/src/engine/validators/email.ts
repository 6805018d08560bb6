/**
 * E-mail addresses. Personal unless public:
 * - an official domain (.go.id, .mil.id, .desa.id, .polri.go.id, .sch.id, .ac.id) is an
 *   office mailbox unless a strong personal word (warga, korban, pasien, pribadi...) is in
 *   the sentence;
 * - a functional local part (humas@, info@, ppid@, pengaduan@, redaksi@, dinas...@, even on
 *   gmail as many regional offices use) is public;
 * - an address in a contact line (Narahubung, Kontak media, Humas...) is public.
 * The candidate is anchored on word boundaries so the scan stays linear.
 */
import type { Validator } from './types';
import { STRONG_PERSONAL_WORDS, inContactContext, sentenceBefore } from './context';
import { labelRedaction } from './redact';

const OFFICIAL_DOMAIN = /(?:\.go\.id|\.mil\.id|\.desa\.id|\.sch\.id|\.ac\.id|\.polri\.go\.id)$/i;
const FUNCTIONAL_LOCAL =
  /(?:^|[._-])(?:humas|info|informasi|ppid|pengaduan|admin|sekretariat|setda|setjen|kontak|contact|cs|layanan|helpdesk|redaksi|media|press|pers|dinas|dis\w+|pemkab\w*|pemkot\w*|pemprov\w*|pemdes\w*|bpbd\w*|dukcapil\w*|kominfo\w*|diskominfo\w*|puskesmas\w*|rsud\w*|kecamatan\w*|kelurahan\w*|desa\w*|polres\w*|polsek\w*|official|office|noreply|no-reply|support|mail|surat|tu|persuratan|kepegawaian|bkpsdm\w*|bkd\w*|inspektorat\w*|bapenda\w*|bappeda\w*|sekolah|osis|panitia|humasprotokol|rekrutmen|recruitment|hrd|karir|career|lowongan|pegawai|pendaftaran|daftar|seleksi|beasiswa|marketing|sales)(?:$|[._\d-])/i;

export const email: Validator = {
  name: 'email',
  label: 'alamat e-mail',
  // Anchored on "@" so the scan does not start at every word; the local part is read
  // backwards in validate() and the hit starts before the candidate.
  candidates: /@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,4}/g,
  validate(c, text) {
    let begin = c.start;
    while (begin > 0 && c.start - begin < 64 && /[\w.%+\-]/.test(text[begin - 1]!)) begin--;
    if (begin === c.start) return null;
    if (begin > 0 && /[@*]/.test(text[begin - 1]!)) return null;
    const start = begin;
    let t = text.slice(start, c.end);
    // Trailing dot belongs to the sentence.
    let end = c.end;
    while (t.endsWith('.') || t.endsWith('-')) {
      t = t.slice(0, -1);
      end--;
    }
    const at = t.indexOf('@');
    const local = t.slice(0, at);
    const domain = t.slice(at + 1);
    if (!/\.[A-Za-z]{2,}$/.test(domain)) return null;
    if (local.startsWith('.') || local.endsWith('.')) return null;
    const sentence = sentenceBefore(text, start, 160);
    const strong = STRONG_PERSONAL_WORDS.test(sentence);
    if (OFFICIAL_DOMAIN.test(domain) && !strong) return null;
    if (FUNCTIONAL_LOCAL.test(local)) return null;
    if (!strong && inContactContext(text, start, end)) return null;
    return { start, end };
  },
  redact(hitText, style) {
    if (style === 'label') return labelRedaction('alamat e-mail');
    const at = hitText.indexOf('@');
    return hitText.slice(0, 1) + '***' + hitText.slice(at);
  },
};

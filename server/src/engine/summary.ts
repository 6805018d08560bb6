// The compliance summary of one document: verdict, counts, findings with their basis,
// statistics, and the positive side (transparency, interaction, accuracy) as a checklist.
// The CLI, the language server and the Writer extension all render this one object.
import { RULESET_VERSION } from './ruleset';
import { Segments } from './segment';
import { CATEGORIES, type Category, type Finding, type Severity } from './types';

export const CATEGORY_NAMES: Record<Category, string> = {
  'kode-etik': 'Kode etik ASN',
  'kepentingan-pribadi': 'Kepentingan pribadi',
  profesionalisme: 'Citra profesional',
  hoaks: 'Hoaks dan verifikasi',
  'data-pribadi': 'Data pribadi',
  kerahasiaan: 'Kerahasiaan',
  'konflik-kepentingan': 'Konflik kepentingan',
  netralitas: 'Netralitas politik',
  kesantunan: 'Kesantunan',
};

export const SEVERITY_NAMES: Record<Severity, string> = { error: 'galat', warning: 'peringatan', info: 'info', hint: 'saran' };

export type Verdict = 'LAYAK TERBIT' | 'PERLU REVISI' | 'TIDAK LAYAK TERBIT';

export interface ChecklistItem {
  id: string;
  /** The use of social media it serves: transparansi, interaksi, akurasi. */
  aspect: 'transparansi' | 'interaksi' | 'akurasi';
  label: string;
  /** true met, false missing, null not applicable. */
  ok: boolean | null;
  note: string;
}

export interface SummaryFinding {
  line: number;
  column: number;
  severity: Severity;
  ruleId: string;
  category: Category;
  match: string;
  message: string;
  basis: string;
  suggestion?: string;
}

export interface ComplianceSummary {
  file?: string;
  verdict: Verdict;
  verdictReason: string;
  counts: { bySeverity: Record<Severity, number>; byCategory: Record<Category, number> };
  findings: SummaryFinding[];
  stats: { characters: number; words: number; sentences: number; paragraphs: number; lines: number };
  checklist: ChecklistItem[];
  /** The built-in rule set that judged the text (rules/ruleset.json). */
  rulesetVersion: string;
}

/**
 * Personal data as reports show it by default: every letter and digit masked, separators and
 * length kept (so a marker under it still lines up). The message and basis say what it was.
 */
export function maskPersonal(s: string): string {
  return s.replace(/[\p{L}\p{N}]/gu, '*');
}

const MONTHS = 'januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember';
// An office is named: a capitalised head word followed by a name ("Dinas Kesehatan", "Pemerintah
// Kota Bogor"), or a known institution acronym. Lower-case "kantor" or "badan" name no office.
const ISSUER_RE =
  /\b(?:Kementerian|Kemenko|Dinas|Badan|Pemerintah|Sekretariat|Biro|Direktorat|Lembaga|Komisi|Kantor|Inspektorat|Otorita|Kecamatan|Kelurahan|Pengadilan|Kejaksaan|Puskesmas|Rumah Sakit|Balai|Bagian|Pusat|Humas|Bupati|Wali Kota|Walikota|Gubernur|Polres|Polda|Kepolisian|Universitas)\s+(?:[A-Z][\p{L}-]*|\d)|\b(?:Kemen[A-Z][\p{L}]*|Pemprov|Pemkab|Pemkot|Setda|Setjen|Bawaslu|KPU|BPS|BKN|BNPB|BPBD|BPJS|Polri|RSUD|DPRD|Diskominfo|Dinkes|Disdik|Bappeda|TNI|BUMN|BUMD)\b/u;
const DATE_RE = new RegExp(`\\b\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4}\\b|\\b\\d{1,2}[/-]\\d{1,2}[/-]\\d{2,4}\\b`, 'iu');
const NOT_FIGURES = new RegExp(
  [
    DATE_RE.source,
    `\\b(?:${MONTHS})\\s+\\d{4}\\b`, // "November 2026"
    '\\b(?:pukul|jam)\\s+\\d{1,2}[.:]\\d{2}|\\b\\d{1,2}[.:]\\d{2}\\s*(?:WIB|WITA|WIT)\\b', // times
    '\\b(?:19|20)\\d{2}\\b', // years
    '\\+?\\d[\\d -]{9,}\\d', // phone and identity numbers (personal data, not claims)
    '\\b(?:nomor|no\\.?|pasal|ayat|angka|huruf|tahun|PP|UU|Perpres|Permen\\w*|SE)\\s+\\d+(?:/\\d+)*', // references
  ].join('|'),
  'giu',
);
// A figure: a number with a unit or a currency, a number with separators or decimals, or any whole number of two or more digits.
const FIGURE_RE = /\bRp\.?\s?\d|\b\d+(?:[.,]\d+)*\s*(?:%|persen\b)|\b\d{1,3}(?:\.\d{3})+(?:,\d+)?\b|\b\d+,\d+\b|\b\d{2,}\b/giu;
const ATTRIBUTION_RE = /\b(?:menurut|berdasarkan|sumber|data|kata|ujar|ungkap|ungkapnya|tutur|sebut|jelas(?:nya)?|mengatakan|menjelaskan|menyampaikan|menegaskan|mencatat|tercatat|dilansir|dikutip|laporan|rilis|survei|bersumber|dibiayai|apbd|apbn|anggaran)\b/iu;
const CONTACT_RE = /\b(?:narahubung|kontak media|contact person|informasi lebih lanjut|hubungi|call center|pusat panggilan|layanan pengaduan|hotline|lapor)\b|\b[\w.-]+\.go\.id\b|@[\w.]+\.go\.id/iu;

function count(re: RegExp, text: string): number {
  return text.match(re)?.length ?? 0;
}

function figureSentences(text: string): { total: number; attributed: number } {
  let total = 0;
  let attributed = 0;
  for (const [from, to] of new Segments(text).sentences()) {
    const sentence = text.slice(from, to);
    FIGURE_RE.lastIndex = 0;
    if (!FIGURE_RE.test(sentence.replace(NOT_FIGURES, ' '))) continue;
    total++;
    if (ATTRIBUTION_RE.test(sentence)) attributed++;
  }
  return { total, attributed };
}

/** The positive side of a text: transparency, interaction, accuracy. `hoaks` is the number of hoaks findings. */
export function buildChecklist(text: string, hoaks: number): ChecklistItem[] {
  const figures = figureSentences(text);
  return [
    {
      id: 'penerbit',
      aspect: 'transparansi',
      label: 'Instansi penerbit disebut',
      ok: ISSUER_RE.test(text),
      note: 'Sebutkan instansi/unit yang menerbitkan informasi (mis. "Dinas Kesehatan Kota Bogor").',
    },
    {
      id: 'tanggal',
      aspect: 'transparansi',
      label: 'Tanggal disebut',
      ok: DATE_RE.test(text),
      note: 'Cantumkan tanggal (mis. "Jakarta, 25 November 2026").',
    },
    {
      id: 'atribusi',
      aspect: 'transparansi',
      label: 'Angka dan klaim bersumber',
      ok: figures.total === 0 ? null : figures.attributed === figures.total,
      note:
        figures.total === 0
          ? 'Tidak ada angka atau klaim kuantitatif.'
          : `${figures.attributed} dari ${figures.total} kalimat berangka menyebut sumber (menurut/berdasarkan/data ...).`,
    },
    {
      id: 'kontak',
      aspect: 'interaksi',
      label: 'Narahubung atau kanal resmi tersedia',
      ok: CONTACT_RE.test(text),
      note: 'Cantumkan narahubung, kontak media, atau kanal layanan resmi agar publik dapat bertanya.',
    },
    {
      id: 'verifikasi',
      aspect: 'akurasi',
      label: 'Tidak ada ciri informasi belum terverifikasi',
      ok: hoaks === 0,
      note: hoaks === 0 ? 'Tidak ada temuan kategori hoaks.' : `${hoaks} temuan kategori hoaks: verifikasi dan cantumkan sumber resmi.`,
    },
  ];
}

/**
 * Points at which a text without errors or warnings still needs revising. Each info finding
 * counts 1, each hint 0.5, each unmet checklist item 0.5 (figures without a source: 1, an
 * accuracy problem). A clean social-media caption misses issuer, date and contact (1.5) and
 * passes; three slang words, or two plus unsourced figures, do not.
 */
export const REVISION_POINTS = 3;

/** The verdict, decided here only (the summary, the status bar and the Writer extension show this one). */
export function decideVerdict(bySeverity: Record<Severity, number>, checklist: readonly ChecklistItem[]): { verdict: Verdict; reason: string } {
  if (bySeverity.error > 0) return { verdict: 'TIDAK LAYAK TERBIT', reason: `${bySeverity.error} temuan berat harus diperbaiki sebelum terbit.` };
  if (bySeverity.warning > 0) return { verdict: 'PERLU REVISI', reason: `${bySeverity.warning} temuan perlu ditinjau dan direvisi.` };
  const unmet = checklist.filter((c) => c.ok === false);
  const points = bySeverity.info + bySeverity.hint * 0.5 + unmet.reduce((sum, c) => sum + (c.id === 'atribusi' ? 1 : 0.5), 0);
  const parts = [
    bySeverity.info > 0 ? `${bySeverity.info} info` : '',
    bySeverity.hint > 0 ? `${bySeverity.hint} saran` : '',
    unmet.length > 0 ? `${unmet.length} butir daftar periksa belum terpenuhi` : '',
  ].filter(Boolean);
  if (points >= REVISION_POINTS) {
    return { verdict: 'PERLU REVISI', reason: `Tidak ada galat atau peringatan, tetapi ${parts.join(', ')} (bobot ${points} ≥ ${REVISION_POINTS}).` };
  }
  return { verdict: 'LAYAK TERBIT', reason: `Tidak ada temuan berat atau peringatan${parts.length ? `; ${parts.join(', ')} (bobot ${points} < ${REVISION_POINTS})` : ''}.` };
}

export interface SummaryOptions {
  file?: string;
  /** Keep personal data in `findings[].match` (masked by default: summaries get shared). */
  showPersonalData?: boolean;
}

export function buildSummary(text: string, findings: readonly Finding[], opts: SummaryOptions = {}): ComplianceSummary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const f of findings) {
    bySeverity[f.severity]++;
    byCategory[f.category]++;
  }
  const checklist = buildChecklist(text, byCategory.hoaks);
  const { verdict, reason: verdictReason } = decideVerdict(bySeverity, checklist);

  const lineCount = text.length === 0 ? 0 : text.split(/\r\n|\r|\n/u).length;
  return {
    file: opts.file,
    verdict,
    verdictReason,
    counts: { bySeverity, byCategory },
    findings: findings.map((f) => ({
      line: f.range.start.line + 1,
      column: f.range.start.character + 1,
      severity: f.severity,
      ruleId: f.ruleId,
      category: f.category,
      match: f.category === 'data-pribadi' && !opts.showPersonalData ? maskPersonal(f.match) : f.match,
      message: f.message,
      basis: f.basis,
      suggestion: (f.fixes.find((x) => x.preferred) ?? f.fixes[0])?.title,
    })),
    stats: {
      characters: text.length,
      words: count(/[\p{L}\p{N}]+/gu, text),
      sentences: new Segments(text).sentences().filter(([, to]) => /[.!?]/.test(text[to - 1] ?? '')).length,
      paragraphs: text.split(/\n\s*\n/u).filter((p) => p.trim()).length,
      lines: lineCount,
    },
    checklist,
    rulesetVersion: RULESET_VERSION,
  };
}

const mark = (ok: boolean | null) => (ok === null ? '—' : ok ? '✓' : '✗');

function markdown(s: ComplianceSummary): string {
  const out: string[] = [];
  out.push(`# Ringkasan Kepatuhan Etika ASN${s.file ? `: ${s.file}` : ''}`, '');
  out.push(`**Putusan: ${s.verdict}** — ${s.verdictReason}`, '');
  out.push(`Dinilai dengan perangkat aturan Etika ASN versi ${s.rulesetVersion}.`, '');
  const b = s.counts.bySeverity;
  out.push(`Temuan: ${b.error} galat, ${b.warning} peringatan, ${b.info} info, ${b.hint} saran.`, '');
  out.push('## Temuan per kategori', '', '| Kategori | Jumlah |', '|---|---:|');
  for (const c of CATEGORIES) out.push(`| ${CATEGORY_NAMES[c]} (\`${c}\`) | ${s.counts.byCategory[c]} |`);
  out.push('', '## Daftar temuan', '');
  if (s.findings.length === 0) out.push('Tidak ada temuan.');
  for (const f of s.findings) {
    out.push(`- **${f.line}:${f.column}** ${SEVERITY_NAMES[f.severity]} \`${f.ruleId}\` — ${f.message}`);
    out.push(`  - Dasar: ${f.basis}`);
    if (f.suggestion) out.push(`  - Saran: ${f.suggestion}`);
  }
  out.push('', '## Daftar periksa: transparansi, interaksi, akurasi', '');
  for (const c of s.checklist) out.push(`- [${c.ok ? 'x' : ' '}] ${mark(c.ok)} **${c.label}** (${c.aspect}) — ${c.note}`);
  const st = s.stats;
  out.push('', '## Statistik dokumen', '', `${st.words} kata, ${st.sentences} kalimat, ${st.paragraphs} paragraf, ${st.lines} baris, ${st.characters} karakter.`, '');
  return out.join('\n');
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function html(s: ComplianceSummary): string {
  const e = escapeHtml;
  const verdictClass = s.verdict === 'LAYAK TERBIT' ? 'ok' : s.verdict === 'PERLU REVISI' ? 'warn' : 'bad';
  const rows = CATEGORIES.map((c) => `<tr><td>${e(CATEGORY_NAMES[c])} <code>${c}</code></td><td>${s.counts.byCategory[c]}</td></tr>`).join('');
  const findings =
    s.findings.length === 0
      ? '<p>Tidak ada temuan.</p>'
      : `<ol>${s.findings
          .map(
            (f) =>
              `<li><b>${f.line}:${f.column}</b> <span class="sev ${f.severity}">${SEVERITY_NAMES[f.severity]}</span> <code>${e(f.ruleId)}</code> — ${e(f.message)}<br><small>Dasar: ${e(f.basis)}${f.suggestion ? ` · Saran: ${e(f.suggestion)}` : ''}</small></li>`,
          )
          .join('')}</ol>`;
  const checklist = s.checklist.map((c) => `<li>${mark(c.ok)} <b>${e(c.label)}</b> (${c.aspect}) — ${e(c.note)}</li>`).join('');
  const st = s.stats;
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Ringkasan Kepatuhan Etika ASN</title>
<style>body{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em}.verdict{padding:.5em 1em;border-radius:4px;font-weight:bold}.ok{background:#d4edda}.warn{background:#fff3cd}.bad{background:#f8d7da}table{border-collapse:collapse}td{border:1px solid #ccc;padding:.2em .6em}.sev{font-size:.85em;padding:0 .3em;border-radius:3px;background:#eee}.sev.error{background:#f8d7da}.sev.warning{background:#fff3cd}</style>
</head><body>
<h1>Ringkasan Kepatuhan Etika ASN${s.file ? `: ${e(s.file)}` : ''}</h1>
<p class="verdict ${verdictClass}">Putusan: ${s.verdict} — ${e(s.verdictReason)}</p>
<p>Dinilai dengan perangkat aturan Etika ASN versi ${e(s.rulesetVersion)}.</p>
<h2>Temuan per kategori</h2><table>${rows}</table>
<h2>Daftar temuan</h2>${findings}
<h2>Daftar periksa: transparansi, interaksi, akurasi</h2><ul>${checklist}</ul>
<h2>Statistik dokumen</h2><p>${st.words} kata, ${st.sentences} kalimat, ${st.paragraphs} paragraf, ${st.lines} baris, ${st.characters} karakter.</p>
</body></html>
`;
}

export function renderSummary(summary: ComplianceSummary, format: 'md' | 'html' | 'json'): string {
  if (format === 'json') return JSON.stringify(summary, null, 2) + '\n';
  return format === 'html' ? html(summary) : markdown(summary);
}

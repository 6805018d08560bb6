// npm run docs: the rule reference, generated from the rule files themselves.
// docs/rules.md is the index; docs/rules/<category>/<name>.md one page per rule.
// test/docs/rule-docs.test.ts fails when these pages are out of date.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CATEGORIES, CATEGORY_NAMES, SEVERITY_NAMES, type Rule } from '../server/src/engine';
import { loadRuleDirs } from '../server/src/node/ruleFiles';

export const DOCS_DIR = path.join(__dirname, '..', 'docs');

const SCOPE_NAMES = { sentence: 'kalimat yang sama', line: 'baris yang sama', window: 'kata di sekitarnya', document: 'seluruh dokumen' };
const FIX_NAMES = { replace: 'ganti', remove: 'hapus', redact: 'samarkan' };

function list(items: string[]): string {
  return items.map((t) => `\`${t.replace(/`/g, "'")}\``).join(', ');
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

export function rulePage(rule: Rule): string {
  const out: string[] = [];
  out.push('---', `id: ${rule.id}`, `category: ${rule.category}`, `severity: ${rule.severity}`, `fixable: ${rule.fix ? 'true' : 'false'}`, '---', '');
  out.push(`# ${rule.title} (\`${rule.id}\`)`, '');
  out.push(`- **Kategori:** ${CATEGORY_NAMES[rule.category]} (\`${rule.category}\`)`);
  out.push(`- **Tingkat:** ${SEVERITY_NAMES[rule.severity]} (\`${rule.severity}\`)`);
  out.push(`- **Dasar:** ${rule.basis}`);
  if (rule.fix) out.push(`- **Perbaikan:** ${FIX_NAMES[rule.fix.kind]}${rule.fix.safe ? ' (aman diterapkan otomatis)' : ' (tinjau sebelum diterapkan)'}`);
  out.push('', '## Mengapa', '', rule.description.trim(), '', '## Pesan', '', `> ${rule.message}`, '');
  out.push('## Yang diperiksa', '');
  const m = rule.match;
  if (m.terms.size > 0) {
    const unsourced = [...m.terms].filter(([t]) => !m.sources.has(t));
    const swaps = unsourced.filter(([, r]) => r).map(([t, r]) => `${t} → ${r}`);
    const plain = unsourced.filter(([, r]) => !r).map(([t]) => t);
    if (plain.length) out.push(`- Kata/frasa: ${list(plain)}`);
    if (swaps.length) out.push(`- Kata/frasa dan penggantinya: ${list(swaps)}`);
    // terms given with a source: one line per source, in the order of the rule file
    const bySource = new Map<string, string[]>();
    for (const [t, r] of m.terms) {
      const src = m.sources.get(t);
      if (!src) continue;
      const key = `${src.region ? `${src.region}; ` : ''}sumber: ${src.source}`;
      bySource.set(key, [...(bySource.get(key) ?? []), r ? `${t} → ${r}` : t]);
    }
    for (const [key, items] of bySource) out.push(`- Kata/frasa (${key}): ${list(items)}`);
    if (m.exceptions.size) out.push(`- Pengecualian: ${list([...m.exceptions])}`);
  }
  if (m.patterns.length) out.push(`- Pola: ${list(m.patterns.map((p) => p.source))}`);
  if (m.validator) out.push(`- Validator: \`${m.validator.name}\` (${m.validator.label})`);
  const c = rule.context;
  if (c) {
    const where = c.scope === 'window' ? `${c.window} ${SCOPE_NAMES.window}` : SCOPE_NAMES[c.scope];
    if (c.requireAny) out.push(`- Hanya dilaporkan bila di ${where} ada: ${list(c.requireAny)}`);
    if (c.excludeAny) out.push(`- Tidak dilaporkan bila di ${where} ada: ${list(c.excludeAny)}`);
    if (c.requirePattern) out.push(`- Hanya dilaporkan bila ${where} cocok dengan pola \`${c.requirePattern.source}\``);
    if (c.excludePattern) out.push(`- Tidak dilaporkan bila ${where} cocok dengan pola \`${c.excludePattern.source}\``);
  }
  if (rule.fix?.replacements.length) out.push(`- Usulan pengganti: ${list(rule.fix.replacements)}`);
  if (rule.fix?.removeWith?.length) out.push(`- Dihapus bersama kata yang diucapkan dengannya: ${list(rule.fix.removeWith)}`);
  out.push('', '## Contoh yang melanggar', '');
  for (const ex of rule.examples.invalid) {
    out.push(quote(ex.text), '');
    if (ex.output !== undefined) out.push('Setelah perbaikan:', '', quote(ex.output), '');
  }
  out.push('## Contoh yang tidak melanggar', '');
  for (const ex of rule.examples.valid) out.push(quote(ex.text), '');
  out.push('## Menonaktifkan', '', 'Di `.etika-asn.yaml`:', '', '```yaml', 'rules:', `  ${rule.id}: off`, '```', '');
  out.push('Hanya untuk baris berikutnya dalam dokumen: `[etika-asn-disable-next-line ' + rule.id + ']` (teks biasa) atau `<!-- etika-asn-disable-next-line ' + rule.id + ' -->` (Markdown).', '');
  return out.join('\n');
}

export function indexPage(rules: Rule[]): string {
  const out: string[] = ['# Daftar aturan etika-asn', '', `${rules.length} aturan; ${rules.filter((r) => r.fix).length} menawarkan perbaikan. Halaman ini dibuat oleh \`npm run docs\` dari berkas di \`rules/\`.`, ''];
  for (const c of CATEGORIES) {
    const inCategory = rules.filter((r) => r.category === c).sort((a, b) => a.id.localeCompare(b.id));
    out.push(`## ${CATEGORY_NAMES[c]} (\`${c}\`)`, '', '| Aturan | Tingkat | Perbaikan | Dasar |', '|---|---|---|---|');
    for (const r of inCategory) {
      out.push(`| [${r.title}](rules/${r.id}.md) \`${r.id}\` | ${r.severity} | ${r.fix ? FIX_NAMES[r.fix.kind] : '—'} | ${r.basis.replace(/\|/g, '\\|')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** Every generated page, keyed by its path under docs/. */
export function renderDocs(rules: Rule[]): Map<string, string> {
  const pages = new Map<string, string>();
  pages.set('rules.md', indexPage(rules));
  for (const r of rules) pages.set(`rules/${r.id}.md`, rulePage(r));
  return pages;
}

if (require.main === module) {
  const { rules, problems } = loadRuleDirs([path.join(__dirname, '..', 'rules')]);
  if (problems.length) {
    console.error(problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message}`).join('\n'));
    process.exitCode = 1;
  }
  fs.rmSync(path.join(DOCS_DIR, 'rules'), { recursive: true, force: true });
  for (const [rel, text] of renderDocs(rules)) {
    const file = path.join(DOCS_DIR, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  console.log(`docs: ${rules.length} rule pages and docs/rules.md written`);
}

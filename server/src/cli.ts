#!/usr/bin/env node
// etika-asn: the command-line checker. Exit 0 clean, 1 on error-severity findings, 2 on usage or config errors.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSummary, describeRegistry, fixText, registryElections, renderSummary, SEVERITY_NAMES, type Finding, type Rule } from './engine';
import { readDocument, type DocumentText } from './node/documents';
import { loadProject, type Project } from './node/project';
import { formatProblem } from './node/ruleFiles';
import { version } from '../../package.json';

const CHECKED_EXTENSIONS = ['.txt', '.md', '.markdown', '.siaran', '.rilis', '.docx', '.odt'];
const WORD_PROCESSOR = new Set(['.docx', '.odt']);

const USAGE = `Pemakaian:
  etika-asn check [--format pretty|json|sarif] [--fix] [--config BERKAS] BERKAS|FOLDER|GLOB... | -
  etika-asn summary [--format md|html|json] [--config BERKAS] BERKAS | -
  etika-asn rules [--format pretty|json]
  etika-asn pemilihan [--format pretty|json] [--config BERKAS]   daftar pemilihan yang dipakai aturan netralitas

Memeriksa teks ASN (siaran pers, unggahan, pernyataan) terhadap etika media sosial ASN.
Berkas: ${CHECKED_EXTENSIONS.join(' ')}; "-" membaca stdin.
Kode keluar: 0 bersih, 1 ada temuan galat (error), 2 salah pemakaian atau konfigurasi.`;

class UsageError extends Error {}

interface Args {
  command: string;
  format?: string;
  fix: boolean;
  config?: string;
  color: boolean;
  inputs: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { command: argv[0] ?? '', fix: false, inputs: [], color: !!process.stdout.isTTY && !process.env.NO_COLOR };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`${a} butuh nilai`);
      return v;
    };
    if (a === '--fix') args.fix = true;
    else if (a === '--no-color') args.color = false;
    else if (a.startsWith('--format')) args.format = value();
    else if (a.startsWith('--config')) args.config = value();
    else if (a.startsWith('--') && a !== '-') throw new UsageError(`opsi tidak dikenal: ${a}`);
    else args.inputs.push(a);
  }
  return args;
}

function languageIdOf(file: string): string {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.siaran' || ext === '.rilis') return 'siaran-pers';
  return 'plaintext';
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function walk(dir: string, out: string[]): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full, out);
    else if (CHECKED_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) out.push(full);
  }
}

/** Expands files, folders and globs into the list of files to check. */
function expandInputs(inputs: string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (input === '-') files.push('-');
    else if (/[*?]/.test(input)) {
      const normalized = input.replace(/\\/g, '/');
      const base = normalized.split('/').findIndex((p) => /[*?]/.test(p));
      const root = normalized.split('/').slice(0, base).join('/') || '.';
      const re = globToRegExp(normalized.replace(/^\.\//, ''));
      const found: string[] = [];
      if (fs.existsSync(root)) walk(root, found);
      const matched = found.filter((f) => re.test(path.relative('.', f).replace(/\\/g, '/')));
      if (matched.length === 0) throw new UsageError(`tidak ada berkas yang cocok dengan ${input}`);
      files.push(...matched);
    } else if (!fs.existsSync(input)) throw new UsageError(`berkas tidak ditemukan: ${input}`);
    else if (fs.statSync(input).isDirectory()) walk(input, files);
    else files.push(input);
  }
  return files;
}

async function readInput(file: string): Promise<DocumentText> {
  if (file === '-') return { text: fs.readFileSync(0, 'utf8') };
  return readDocument(file);
}

interface FileResult {
  file: string;
  text: string;
  doc: DocumentText;
  findings: Finding[];
}

function paragraphOf(doc: DocumentText, offset: number): number | undefined {
  if (!doc.paragraphs) return undefined;
  let n = 0;
  while (n + 1 < doc.paragraphs.length && doc.paragraphs[n + 1] <= offset) n++;
  return n + 1;
}

const color = (on: boolean, code: string, s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
const SEVERITY_COLOR = { error: '31', warning: '33', info: '36', hint: '2' } as const;

function pretty(results: FileResult[], useColor: boolean): string {
  const out: string[] = [];
  const totals = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of results) {
    if (r.findings.length === 0) continue;
    out.push(color(useColor, '4', r.file));
    const lines = r.text.split(/\r\n|\r|\n/);
    for (const f of r.findings) {
      totals[f.severity]++;
      const { line, character } = f.range.start;
      const para = paragraphOf(r.doc, f.offset.start);
      const where = `${line + 1}:${character + 1}${para ? ` (paragraf ${para})` : ''}`;
      out.push(`  ${where}  ${color(useColor, SEVERITY_COLOR[f.severity], SEVERITY_NAMES[f.severity])}  ${f.message}  ${color(useColor, '2', f.ruleId)}`);
      out.push(`      ${color(useColor, '2', `Dasar: ${f.basis}`)}`);
      const source = lines[line] ?? '';
      const width = f.range.end.line === line ? Math.max(1, f.range.end.character - character) : Math.max(1, source.length - character);
      const gutter = String(line + 1).padStart(6);
      out.push(`${gutter} | ${source}`);
      out.push(`${' '.repeat(6)} | ${' '.repeat(character)}${color(useColor, SEVERITY_COLOR[f.severity], '^'.repeat(width))}`);
    }
    out.push('');
  }
  const total = totals.error + totals.warning + totals.info + totals.hint;
  out.push(
    total === 0
      ? color(useColor, '32', `✓ Tidak ada masalah (${results.length} berkas diperiksa).`)
      : `✖ ${total} masalah (${totals.error} galat, ${totals.warning} peringatan, ${totals.info} info, ${totals.hint} saran) di ${results.length} berkas.`,
  );
  return out.join('\n') + '\n';
}

function jsonFindings(results: FileResult[]): string {
  const all = results.flatMap((r) =>
    r.findings.map((f) => ({
      file: r.file,
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      range: f.range,
      message: f.message,
      basis: f.basis,
      fixes: f.fixes,
      match: f.match,
      ...(r.doc.paragraphs ? { paragraph: paragraphOf(r.doc, f.offset.start) } : {}),
    })),
  );
  return JSON.stringify(all, null, 2) + '\n';
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

function sarif(results: FileResult[], rules: Rule[]): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'etika-asn',
            version,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
              shortDescription: { text: r.title },
              fullDescription: { text: r.description },
              help: { text: `${r.description}\nDasar: ${r.basis}` },
              defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
              properties: { category: r.category, basis: r.basis },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.ruleId,
            ruleIndex: index.get(f.ruleId),
            level: SARIF_LEVEL[f.severity],
            message: { text: `${f.message} (Dasar: ${f.basis})` },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: r.file === '-' ? 'stdin' : path.relative('.', r.file).split(path.sep).join('/') },
                  region: {
                    startLine: f.range.start.line + 1,
                    startColumn: f.range.start.character + 1,
                    endLine: f.range.end.line + 1,
                    endColumn: f.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function openProject(args: Args): Project {
  if (args.config && !fs.existsSync(args.config)) throw new UsageError(`berkas konfigurasi tidak ditemukan: ${args.config}`);
  const project = loadProject({ configFile: args.config });
  for (const p of project.problems) process.stderr.write(`etika-asn: ${formatProblem(p)}\n`);
  return project;
}

async function check(args: Args): Promise<number> {
  const format = args.format ?? 'pretty';
  if (!['pretty', 'json', 'sarif'].includes(format)) throw new UsageError(`format tidak dikenal: ${format}`);
  if (args.inputs.length === 0) throw new UsageError('sebutkan berkas, folder, glob, atau "-"');
  const files = expandInputs(args.inputs);
  const project = openProject(args);
  const results: FileResult[] = [];
  for (const file of files) {
    const doc = await readInput(file);
    const languageId = languageIdOf(file);
    let findings = project.linter.lint(doc.text, { languageId });
    let text = doc.text;
    if (args.fix) {
      const ext = path.extname(file).toLowerCase();
      const fixed = fixText(project.linter, text, { languageId, findings });
      if (fixed.edits.length > 0 && WORD_PROCESSOR.has(ext)) {
        process.stderr.write(`etika-asn: ${file}: --fix tidak mengubah berkas ${ext}; perbaiki di pengolah kata.\n`);
      } else if (fixed.edits.length > 0) {
        text = fixed.text;
        if (file === '-') process.stdout.write(text);
        else fs.writeFileSync(file, text);
        findings = fixed.findings;
      } else if (file === '-') process.stdout.write(text);
    }
    results.push({ file, text, doc: text === doc.text ? doc : { text }, findings });
  }
  const out = format === 'json' ? jsonFindings(results) : format === 'sarif' ? sarif(results, project.rules) : pretty(results, args.color);
  // with --fix on stdin the fixed text went to stdout; the report goes to stderr
  (args.fix && files.includes('-') ? process.stderr : process.stdout).write(out);
  if (project.problems.length > 0) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

async function summary(args: Args): Promise<number> {
  const format = args.format ?? 'md';
  if (!['md', 'html', 'json'].includes(format)) throw new UsageError(`format tidak dikenal: ${format}`);
  if (args.inputs.length !== 1) throw new UsageError('summary butuh tepat satu berkas atau "-"');
  const [file] = expandInputs(args.inputs);
  const project = openProject(args);
  const doc = await readInput(file);
  const findings = project.linter.lint(doc.text, { languageId: languageIdOf(file) });
  process.stdout.write(renderSummary(buildSummary(doc.text, findings, { file: file === '-' ? undefined : file }), format as 'md'));
  return project.problems.length > 0 ? 2 : 0;
}

function listRules(args: Args): number {
  const project = openProject(args);
  if (args.format === 'json') {
    process.stdout.write(JSON.stringify(project.rules.map((r) => ({ id: r.id, category: r.category, severity: r.severity, title: r.title, basis: r.basis, fixable: !!r.fix })), null, 2) + '\n');
  } else {
    for (const r of project.rules) process.stdout.write(`${r.id.padEnd(48)} ${r.severity.padEnd(8)} ${r.fix ? 'fix' : '   '}  ${r.title}\n`);
  }
  return project.problems.length > 0 ? 2 : 0;
}

function listElections(args: Args): number {
  const project = openProject(args);
  const registry = project.config.pemilihan;
  if (args.format === 'json') process.stdout.write(JSON.stringify({ ...registry, pemilihan: registryElections(registry) }, null, 2) + '\n');
  else process.stdout.write(describeRegistry(registry));
  return project.problems.length > 0 ? 2 : 0;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'check':
        return await check(args);
      case 'summary':
        return await summary(args);
      case 'rules':
        return listRules(args);
      case 'pemilihan':
        return listElections(args);
      case '--version':
      case '-v':
        process.stdout.write(`${version}\n`);
        return 0;
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(USAGE + '\n');
        return 0;
      default:
        throw new UsageError(args.command ? `perintah tidak dikenal: ${args.command}` : 'sebutkan perintah');
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`etika-asn: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`etika-asn: ${(e as Error).message}\n`);
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

#!/usr/bin/env node
// etika-asn: the command-line checker. Exit 0 clean, 1 on error-severity findings, 2 on usage,
// config or file errors (every other file is still checked; the 2 comes at the end).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSummary, RULESET_VERSION, describeRegistry, fixText, maskPersonal, registryElections, renderSummary, SEVERITY_NAMES, type Finding, type Problem, type Rule } from './engine';
import { decodeText, DocumentReadError, encodeText, paragraphNumberAt, readDocument, type DocumentText } from './node/documents';
import { findConfigFile, loadProject, type Project } from './node/project';
import { formatProblem } from './node/ruleFiles';
import { looksBinary, MAX_INPUT_BYTES, megabytes } from './shared/input';
import { version } from '../../package.json';

const CHECKED_EXTENSIONS = ['.txt', '.md', '.markdown', '.siaran', '.rilis', '.docx', '.odt'];
const WORD_PROCESSOR = new Set(['.docx', '.odt']);

type Lang = 'id' | 'en';

/** "1 file", "2 files": English counts (Indonesian nouns do not change). */
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The CLI's own words (usage, notes, errors). Findings' messages are the rules' and stay Indonesian. */
const TEXT = {
  id: {
    usage: `Pemakaian:
  etika-asn check [--format pretty|json|sarif] [--fix] [--config BERKAS] [--show-personal-data] BERKAS|FOLDER|GLOB... | -
  etika-asn summary [--format md|html|json] [--config BERKAS] [--show-personal-data] BERKAS | -
  etika-asn rules [--format pretty|json]
  etika-asn pemilihan [--format pretty|json] [--config BERKAS]   daftar pemilihan yang dipakai aturan netralitas
Opsi umum: --lang id|en, --no-color

Memeriksa teks ASN (siaran pers, unggahan, pernyataan) terhadap etika media sosial ASN.
Berkas: ${CHECKED_EXTENSIONS.join(' ')}; "-" membaca stdin. Konfigurasi: .etika-asn.yaml terdekat dari folder berkas ke atas.
Data pribadi dalam laporan disamarkan kecuali dengan --show-personal-data.
Kode keluar: 0 bersih, 1 ada temuan galat (error), 2 salah pemakaian, konfigurasi, atau berkas yang tidak dapat dibaca.`,
    needsValue: (o: string) => `${o} butuh nilai`,
    unknownOption: (o: string) => `opsi tidak dikenal: ${o}`,
    unknownFormat: (f: string, ok: string[]) => `format tidak dikenal: ${f} (pilih ${ok.join(', ')})`,
    unknownLang: (l: string) => `bahasa tidak dikenal: ${l} (pilih id atau en)`,
    unknownCommand: (c: string) => `perintah tidak dikenal: ${c}`,
    noCommand: 'sebutkan perintah',
    noInputs: 'sebutkan berkas, folder, glob, atau "-"',
    noMatch: (g: string) => `tidak ada berkas yang cocok dengan ${g}`,
    notFound: (f: string) => `berkas tidak ditemukan: ${f}`,
    configNotFound: (f: string) => `berkas konfigurasi tidak ditemukan: ${f}`,
    summaryOne: (n: number) => `summary meringkas satu berkas, tetapi masukan ini berisi ${n} berkas; jalankan summary per berkas, atau check untuk banyak berkas`,
    binary: (f: string) => `${f}: tampak seperti berkas biner, jadi tidak diperiksa.`,
    stdinTooBig: `stdin terlalu besar; batasnya ${megabytes(MAX_INPUT_BYTES)}.`,
    fixWordProcessor: (f: string, ext: string) => `${f}: --fix tidak mengubah berkas ${ext}; perbaiki di pengolah kata.`,
    fixInvalid: (f: string) => `${f}: bukan UTF-8 yang sah, jadi --fix tidak mengubahnya (byte yang rusak akan hilang). Simpan ulang sebagai UTF-8.`,
    clean: (n: number) => `✓ Tidak ada masalah (${n} berkas diperiksa).`,
    skipped: (n: number) => ` ${n} berkas biner dilewati.`,
    totals: (t: number, e: number, w: number, i: number, h: number, n: number) => `✖ ${t} masalah (${e} galat, ${w} peringatan, ${i} info, ${h} saran) di ${n} berkas.`,
    unreadable: (n: number) => `${n} berkas tidak dapat diperiksa (lihat pesan di atas).`,
    paragraph: 'paragraf',
    basis: 'Dasar',
    severity: SEVERITY_NAMES,
  },
  en: {
    usage: `Usage:
  etika-asn check [--format pretty|json|sarif] [--fix] [--config FILE] [--show-personal-data] FILE|FOLDER|GLOB... | -
  etika-asn summary [--format md|html|json] [--config FILE] [--show-personal-data] FILE | -
  etika-asn rules [--format pretty|json]
  etika-asn pemilihan [--format pretty|json] [--config FILE]   the elections the neutrality rules use
Common options: --lang id|en, --no-color

Checks what Indonesian civil servants publish (press releases, posts, statements) against the ethics of social-media use.
Files: ${CHECKED_EXTENSIONS.join(' ')}; "-" reads stdin. Config: the nearest .etika-asn.yaml from the file's folder upwards.
Personal data in reports is masked unless --show-personal-data is given. Findings are reported in Indonesian.
Exit codes: 0 clean, 1 error findings, 2 usage, config or unreadable-file errors.`,
    needsValue: (o: string) => `${o} needs a value`,
    unknownOption: (o: string) => `unknown option: ${o}`,
    unknownFormat: (f: string, ok: string[]) => `unknown format: ${f} (choose ${ok.join(', ')})`,
    unknownLang: (l: string) => `unknown language: ${l} (choose id or en)`,
    unknownCommand: (c: string) => `unknown command: ${c}`,
    noCommand: 'name a command',
    noInputs: 'name files, folders, globs, or "-"',
    noMatch: (g: string) => `no file matches ${g}`,
    notFound: (f: string) => `file not found: ${f}`,
    configNotFound: (f: string) => `config file not found: ${f}`,
    summaryOne: (n: number) => `summary summarises one file, but this input holds ${n} files; run summary per file, or check for many files`,
    binary: (f: string) => `${f}: looks like a binary file, not checked.`,
    stdinTooBig: `stdin is too large; the limit is ${megabytes(MAX_INPUT_BYTES)}.`,
    fixWordProcessor: (f: string, ext: string) => `${f}: --fix does not change ${ext} files; fix them in the word processor.`,
    fixInvalid: (f: string) => `${f}: not valid UTF-8, so --fix leaves it alone (the broken bytes would be lost). Save it as UTF-8.`,
    clean: (n: number) => `✓ No problems (${count(n, 'file')} checked).`,
    skipped: (n: number) => ` ${count(n, 'binary file')} skipped.`,
    totals: (t: number, e: number, w: number, i: number, h: number, n: number) =>
      `✖ ${count(t, 'problem')} (${count(e, 'error')}, ${count(w, 'warning')}, ${i} info, ${count(h, 'hint')}) in ${count(n, 'file')}.`,
    unreadable: (n: number) => `${count(n, 'file')} could not be checked (see the messages above).`,
    paragraph: 'paragraph',
    basis: 'Basis',
    severity: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
  },
} as const;

type Text = (typeof TEXT)[Lang];

/** Indonesian when the locale says so (LC_ALL, LC_MESSAGES, LANG, then the runtime's), else English. */
export function defaultLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
  return /^(id|in)([_.@-]|$)/i.test(locale ?? '') ? 'id' : 'en';
}

class UsageError extends Error {}

interface Args {
  command: string;
  format?: string;
  fix: boolean;
  config?: string;
  color: boolean;
  showPersonalData: boolean;
  lang: Lang;
  inputs: string[];
}

function parseArgs(argv: string[], t: { lang: Lang }): Args {
  // --lang may stand anywhere (also before the command); it is read first so that errors about the rest are in that language
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a !== '--lang' && !a.startsWith('--lang=')) {
      rest.push(a);
      continue;
    }
    const v = a.includes('=') ? a.slice(7) : argv[++i];
    if (v !== 'id' && v !== 'en') throw new UsageError(TEXT[t.lang].unknownLang(String(v)));
    t.lang = v;
  }
  argv = rest;
  const args: Args = {
    command: argv[0] ?? '',
    fix: false,
    inputs: [],
    color: !!process.stdout.isTTY && !process.env.NO_COLOR,
    showPersonalData: false,
    lang: t.lang,
  };
  const text = TEXT[args.lang];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const name = a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new UsageError(text.needsValue(a));
      return v;
    };
    if (a === '--fix') args.fix = true;
    else if (a === '--no-color') args.color = false;
    else if (a === '--show-personal-data') args.showPersonalData = true;
    else if (name === '--format') args.format = value();
    else if (name === '--config') args.config = value();
    else if (a.startsWith('-') && a !== '-') throw new UsageError(text.unknownOption(a)); // also -f: an option, never a file name
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

/** Supported files under `dir`; symlinks and special files are listed too and refused when read, so they are reported. */
function walk(dir: string, out: string[]): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full, out);
    else if (CHECKED_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) out.push(full);
  }
}

/** Expands files, folders and globs into the list of files to check. */
function expandInputs(inputs: string[], text: Text): string[] {
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
      if (matched.length === 0) throw new UsageError(text.noMatch(input));
      files.push(...matched);
    } else {
      let stat: fs.Stats | undefined;
      try {
        stat = fs.statSync(input);
      } catch {
        // a broken symlink is a file the user named: reported when read, like any unreadable file
        if (!isSymlink(input)) throw new UsageError(text.notFound(input));
      }
      if (stat?.isDirectory()) walk(input, files);
      else files.push(input);
    }
  }
  return files;
}

function isSymlink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function readStdin(): DocumentText {
  const chunks: Buffer[] = [];
  let size = 0;
  const chunk = Buffer.alloc(64 * 1024);
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    size += n;
    if (size > MAX_INPUT_BYTES) throw new DocumentReadError('stdin');
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return decodeText(Buffer.concat(chunks));
}

async function readInput(file: string, text: Text): Promise<DocumentText> {
  if (file !== '-') return readDocument(file);
  try {
    return readStdin();
  } catch (e) {
    if (e instanceof DocumentReadError) throw new DocumentReadError(text.stdinTooBig);
    throw e;
  }
}

interface FileResult {
  file: string;
  text: string;
  doc: DocumentText;
  findings: Finding[];
}

/** Writes output as it is produced: one string for a large report would exceed what V8 can hold. */
class Output {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly stream: NodeJS.WritableStream) {}
  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size > 1 << 20) this.flush();
  }
  flush(): void {
    if (this.parts.length > 0) this.stream.write(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

const color = (on: boolean, code: string, s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
const SEVERITY_COLOR = { error: '31', warning: '33', info: '36', hint: '2' } as const;
const isPersonal = (f: Finding) => f.category === 'data-pribadi';

/** Characters of a source line shown either side of a finding, so a megabyte-long line prints a window. */
const EXCERPT = 80;

/** A source line with the personal data on it masked (same length, so the marker still lines up). */
function maskLine(line: string, lineNo: number, personal: readonly Finding[]): string {
  let shown = line;
  for (const f of personal) {
    const from = f.range.start.line === lineNo ? f.range.start.character : 0;
    const to = f.range.end.line === lineNo ? f.range.end.character : line.length;
    shown = shown.slice(0, from) + maskPersonal(shown.slice(from, to)) + shown.slice(to);
  }
  return shown;
}

function pretty(results: FileResult[], out: Output, args: Args, text: Text, skipped: number): void {
  const checked = results.length;
  const useColor = args.color;
  const totals = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of results) {
    if (r.findings.length === 0) continue;
    out.write(color(useColor, '4', r.file) + '\n');
    const lines = r.text.split(/\r\n|\r|\n/);
    const byLine = new Map<number, Finding[]>();
    if (!args.showPersonalData) {
      for (const f of r.findings.filter(isPersonal)) for (let l = f.range.start.line; l <= f.range.end.line; l++) byLine.set(l, [...(byLine.get(l) ?? []), f]);
    }
    for (const f of r.findings) {
      totals[f.severity]++;
      const { line, character } = f.range.start;
      const para = paragraphNumberAt(r.doc.paragraphs, f.offset.start);
      const where = `${line + 1}:${character + 1}${para ? ` (${text.paragraph} ${para})` : ''}`;
      out.write(`  ${where}  ${color(useColor, SEVERITY_COLOR[f.severity], text.severity[f.severity])}  ${f.message}  ${color(useColor, '2', f.ruleId)}\n`);
      out.write(`      ${color(useColor, '2', `${text.basis}: ${f.basis}`)}\n`);
      const source = maskLine(lines[line] ?? '', line, byLine.get(line) ?? []);
      const end = f.range.end.line === line ? f.range.end.character : source.length;
      const from = Math.max(0, character - EXCERPT);
      const to = Math.min(source.length, Math.max(end, character + 1) + EXCERPT);
      const clipped = `${from > 0 ? '…' : ''}${source.slice(from, to)}${to < source.length ? '…' : ''}`;
      const column = character - from + (from > 0 ? 1 : 0);
      const width = Math.max(1, Math.min(end, to) - character);
      out.write(`${String(line + 1).padStart(6)} | ${clipped}\n`);
      out.write(`${' '.repeat(6)} | ${' '.repeat(column)}${color(useColor, SEVERITY_COLOR[f.severity], '^'.repeat(width))}\n`);
    }
    out.write('\n');
  }
  const total = totals.error + totals.warning + totals.info + totals.hint;
  out.write(
    (total === 0
      ? color(useColor, '32', text.clean(checked))
      : text.totals(total, totals.error, totals.warning, totals.info, totals.hint, checked)) + (skipped > 0 ? text.skipped(skipped) : '') + '\n',
  );
}

function jsonFindings(results: FileResult[], out: Output, show: boolean): void {
  const items = results.flatMap((r) =>
    r.findings.map((f) => ({
      file: r.file,
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      range: f.range,
      message: f.message,
      basis: f.basis,
      fixes: f.fixes,
      match: show || !isPersonal(f) ? f.match : maskPersonal(f.match),
      ...(r.doc.paragraphs ? { paragraph: paragraphNumberAt(r.doc.paragraphs, f.offset.start) } : {}),
    })),
  );
  // one call for the whole array: V8 indents it several times faster than item by item
  out.write(`${JSON.stringify(items, null, 2)}\n`);
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

function sarif(results: FileResult[], rules: Rule[], out: Output): void {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const RESULTS = '"__results__"';
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
        results: '__results__',
      },
    ],
  };
  const [head, tail] = JSON.stringify(log, null, 2).split(RESULTS);
  out.write(head + '[');
  let first = true;
  for (const r of results) {
    for (const f of r.findings) {
      const result = {
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
      };
      out.write(`${first ? '' : ','}\n        ${JSON.stringify(result, null, 2).replace(/\n/g, '\n        ')}`);
      first = false;
    }
  }
  out.write((first ? ']' : '\n      ]') + tail + '\n');
}

/**
 * Projects by config file: each checked file uses the nearest `.etika-asn.yaml` from its own
 * folder upwards (as the editor does), or the one given with --config. Problems print once.
 */
class Projects {
  private readonly byConfig = new Map<string, Project>();
  readonly problems: Problem[] = [];
  constructor(private readonly args: Args) {
    if (args.config && !fs.existsSync(args.config)) throw new UsageError(TEXT[args.lang].configNotFound(args.config));
  }
  for(file: string): Project {
    const configFile = this.args.config ?? findConfigFile(file === '-' ? process.cwd() : path.dirname(path.resolve(file)));
    const key = configFile ?? '';
    let project = this.byConfig.get(key);
    if (!project) {
      project = loadProject({ configFile: configFile ?? null });
      for (const p of project.problems) process.stderr.write(`etika-asn: ${formatProblem(p)}\n`);
      this.problems.push(...project.problems);
      this.byConfig.set(key, project);
    }
    return project;
  }
}

function checkFormat(format: string, allowed: string[], text: Text): void {
  if (!allowed.includes(format)) throw new UsageError(text.unknownFormat(format, allowed));
}

/** Reads, lints and (with --fix) fixes one file; a file that cannot be read is reported and skipped. */
async function checkOne(file: string, args: Args, projects: Projects, text: Text): Promise<FileResult | 'skipped' | 'failed'> {
  let doc: DocumentText;
  try {
    doc = await readInput(file, text);
  } catch (e) {
    if (!(e instanceof DocumentReadError)) throw e;
    process.stderr.write(`etika-asn: ${e.message}\n`);
    return 'failed';
  }
  if (looksBinary(doc.text)) {
    process.stderr.write(`etika-asn: ${text.binary(file)}\n`);
    return 'skipped';
  }
  const project = projects.for(file);
  const languageId = languageIdOf(file);
  let findings = project.linter.lint(doc.text, { languageId });
  let current = doc.text;
  if (args.fix) {
    const ext = path.extname(file).toLowerCase();
    const fixed = fixText(project.linter, current, { languageId, findings });
    if (fixed.edits.length > 0 && WORD_PROCESSOR.has(ext)) {
      process.stderr.write(`etika-asn: ${text.fixWordProcessor(file, ext)}\n`);
    } else if (fixed.edits.length > 0 && doc.invalid) {
      process.stderr.write(`etika-asn: ${text.fixInvalid(file)}\n`);
      if (file === '-') process.stdout.write(encodeText(current, doc.encoding));
      return { file, text: current, doc, findings };
    } else if (fixed.edits.length > 0) {
      current = fixed.text;
      if (file === '-') process.stdout.write(encodeText(current, doc.encoding));
      else fs.writeFileSync(file, encodeText(current, doc.encoding));
      findings = fixed.findings;
    } else if (file === '-') process.stdout.write(encodeText(current, doc.encoding));
  }
  return { file, text: current, doc: current === doc.text ? doc : { text: current }, findings };
}

async function check(args: Args, text: Text): Promise<number> {
  const format = args.format ?? 'pretty';
  checkFormat(format, ['pretty', 'json', 'sarif'], text);
  if (args.inputs.length === 0) throw new UsageError(text.noInputs);
  const files = expandInputs(args.inputs, text);
  const projects = new Projects(args);
  // with --fix on stdin the fixed text goes to stdout; the report goes to stderr
  const out = new Output(args.fix && files.includes('-') ? process.stderr : process.stdout);
  const results: FileResult[] = [];
  let failed = 0;
  let skipped = 0;
  for (const file of files) {
    const r = await checkOne(file, args, projects, text);
    if (r === 'failed') failed++;
    else if (r === 'skipped') skipped++;
    else results.push(r);
  }
  if (format === 'json') jsonFindings(results, out, args.showPersonalData);
  else if (format === 'sarif') sarif(results, projects.for(files[0] ?? '-').rules, out);
  else pretty(results, out, args, text, skipped);
  out.flush();
  if (failed > 0) process.stderr.write(`etika-asn: ${text.unreadable(failed)}\n`);
  if (projects.problems.length > 0 || failed > 0) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

async function summary(args: Args, text: Text): Promise<number> {
  const format = args.format ?? 'md';
  checkFormat(format, ['md', 'html', 'json'], text);
  if (args.inputs.length === 0) throw new UsageError(text.noInputs);
  const files = expandInputs(args.inputs, text);
  if (files.length !== 1) throw new UsageError(text.summaryOne(files.length));
  const [file] = files;
  const projects = new Projects(args);
  let doc: DocumentText;
  try {
    doc = await readInput(file, text);
  } catch (e) {
    if (!(e instanceof DocumentReadError)) throw e;
    process.stderr.write(`etika-asn: ${e.message}\n`);
    return 2;
  }
  if (looksBinary(doc.text)) {
    // no verdict for what was not checked
    process.stderr.write(`etika-asn: ${text.binary(file)}\n`);
    return 2;
  }
  const project = projects.for(file);
  const findings = project.linter.lint(doc.text, { languageId: languageIdOf(file) });
  const built = buildSummary(doc.text, findings, { file: file === '-' ? undefined : file, showPersonalData: args.showPersonalData });
  process.stdout.write(renderSummary(built, format as 'md'));
  return projects.problems.length > 0 ? 2 : 0;
}

function listRules(args: Args, text: Text): number {
  checkFormat(args.format ?? 'pretty', ['pretty', 'json'], text);
  if (args.inputs.length > 0) throw new UsageError(text.unknownOption(args.inputs[0]));
  const project = new Projects(args).for(path.join(process.cwd(), '-'));
  if (args.format === 'json') {
    process.stdout.write(JSON.stringify(project.rules.map((r) => ({ id: r.id, category: r.category, severity: r.severity, title: r.title, basis: r.basis, fixable: !!r.fix })), null, 2) + '\n');
  } else {
    const out = new Output(process.stdout);
    for (const r of project.rules) out.write(`${r.id.padEnd(48)} ${r.severity.padEnd(8)} ${r.fix ? 'fix' : '   '}  ${r.title}\n`);
    out.flush();
  }
  return project.problems.length > 0 ? 2 : 0;
}

function listElections(args: Args, text: Text): number {
  checkFormat(args.format ?? 'pretty', ['pretty', 'json'], text);
  const project = new Projects(args).for(path.join(process.cwd(), '-'));
  const registry = project.config.pemilihan;
  if (args.format === 'json') process.stdout.write(JSON.stringify({ ...registry, pemilihan: registryElections(registry) }, null, 2) + '\n');
  else process.stdout.write(describeRegistry(registry));
  return project.problems.length > 0 ? 2 : 0;
}

export async function main(argv: string[], lang: Lang = defaultLang()): Promise<number> {
  const current = { lang };
  try {
    const args = parseArgs(argv, current);
    const text = TEXT[args.lang];
    switch (args.command) {
      case 'check':
        return await check(args, text);
      case 'summary':
        return await summary(args, text);
      case 'rules':
        return listRules(args, text);
      case 'pemilihan':
        return listElections(args, text);
      case '--version':
      case '-v':
        process.stdout.write(`${version} (aturan ${RULESET_VERSION})\n`);
        return 0;
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(text.usage + '\n');
        return 0;
      default:
        throw new UsageError(args.command ? text.unknownCommand(args.command) : text.noCommand);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`etika-asn: ${e.message}\n\n${TEXT[current.lang].usage}\n`);
      return 2;
    }
    process.stderr.write(`etika-asn: ${(e as Error).message}\n`);
    return 2;
  }
}

if (require.main === module) {
  // `etika-asn rules | head`: the reader went away, which is not an error of ours
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
    // When everything is written (files always, pipes and terminals on Linux), leave now
    // instead of waiting while V8 finishes a garbage collection it has started (12-60 ms
    // after a 1 MB check); a stream that still buffers ends the process as before.
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
  });
}

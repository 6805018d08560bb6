// The Writer extension for real: installs dist/etika-asn.oxt with `unopkg add --shared -s`
// into a throwaway shared-extension folder (the office-wide one, which users rely on, is never
// touched: UNO_SHARED_PACKAGES* point elsewhere; unopkg refuses per-user installs as root),
// runs soffice headless with that folder and a throwaway profile, and asks Writer's
// proofreading iterator through a Python UNO driver. Run by `npm run test:office` (which
// builds the .oxt first).
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readDocument } from '../../server/src/node/documents';
import { paragraphText, SAMPLE_PARAGRAPHS } from '../../examples/office/make-samples';

const ROOT = resolve(__dirname, '..', '..');
const OXT = join(ROOT, 'dist', 'etika-asn.oxt');
const DRIVER = join(__dirname, 'writer_driver.py');
// Only Debian's python has `uno`; a pyenv python earlier on PATH would hide it.
const PYTHON = '/usr/bin/python3';
const EXTENSION_ID = 'org.etikaasn.writer';
const RESULTS = join(ROOT, 'test-results', 'office');

interface WriterError {
  start: number;
  length: number;
  covered: string;
  rule: string;
  short: string;
  full: string;
  suggestions: string[];
}
interface ParagraphReport {
  index: number;
  text: string;
  language: string;
  errors: WriterError[];
}
interface DriverReport {
  extension: {
    version: string;
    name: string;
    description: string;
    publisher: [string, string];
    icon: boolean;
    iconHighContrast: boolean;
    license: string;
    updateUrls: string[];
    update: Array<{ version: string; download: string }>;
  };
  available: string[];
  configured: string[];
  odt: ParagraphReport[];
  docx: ParagraphReport[];
  latency: { rounds: number; uncached: { p50: number; p95: number }; cached: { p50: number; p95: number } };
  summary: SummaryDocument;
  applied: { rule: string; before: string; start: number; length: number; suggestion: string } | null;
  afterApply: string[];
  setLanguage: { before: string; after: string; rules: string[] };
  rich: {
    statusAfterLoad: Status;
    before: { mistagged: string; english: string };
    summary: SummaryDocument;
    after: { mistagged: string; english: string };
    afterRules: string[];
    infobarAfterFix: boolean | null;
    statusAfterFix: Status;
    explanation: string;
  };
  big: {
    big: { ms: number; errors: number; end: number; errorsLater?: number };
    small: { ms: number; rules: string[]; end: number };
    smallBeforeBig: boolean;
    findingsInText: number;
    chars: number;
  };
  late: {
    firstErrors: number;
    firstMs: number;
    before: Status['checks'];
    after: Status['checks'];
    laterErrors: number;
    checked: boolean;
  };
}
interface SummaryDocument {
  text: string;
  paragraphs: Array<[string, string]>;
  tables: string[][][];
  languages: string[];
  highlighted: string[];
  savedBytes: number;
}
interface Status {
  offered: Array<{ how: string; paragraphs: number; languages: string[]; where: string[] }>;
  menus: number;
  lastMessage: string;
  checks: { late: number; cancelled: number; rechecks: number; lateAnswered: number };
}

function run(cmd: string, args: string[], timeoutMs: number): { status: number | null; out: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL' });
  return { status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => res(port));
    });
  });
}

/** Child processes of `pid` (from /proc), to check the language server goes away with Writer. */
function descendants(pid: number): Array<{ pid: number; cmd: string }> {
  const all: Array<{ pid: number; ppid: number; cmd: string }> = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      all.push({ pid: Number(name), ppid, cmd });
    } catch {
      // the process ended meanwhile
    }
  }
  const out: Array<{ pid: number; cmd: string }> = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const p of all.filter((x) => x.ppid === parent)) {
      out.push({ pid: p.pid, cmd: p.cmd });
      queue.push(p.pid);
    }
  }
  return out;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z');
  } catch {
    return false;
  }
}

async function waitFor(what: string, cond: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timeout after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Bootstrap variables that move "shared" extensions to a folder of the test's own. */
function sharedFolder(work: string): string[] {
  const dir = pathToFileURL(join(work, 'shared-extensions')).href;
  return [`-env:UNO_SHARED_PACKAGES=${dir}`, `-env:UNO_SHARED_PACKAGES_CACHE=${dir}/cache`];
}

/** Identifiers and versions of the office-wide (shared) extensions, read without changing them. */
function listShared(work: string): string {
  const r = run('unopkg', ['list', '--shared', `-env:UserInstallation=${pathToFileURL(join(work, 'list-profile')).href}`], 120_000);
  assert.equal(r.status, 0, `unopkg list --shared failed: ${r.out}`);
  return r.out
    .split('\n')
    .filter((l) => /^\s*(Identifier|Version|URL):/.test(l))
    .join('\n');
}

const haveOffice = existsSync('/usr/bin/soffice') && existsSync('/usr/bin/unopkg') && existsSync(PYTHON);

describe('LibreOffice Writer extension (soffice headless, unopkg --shared into a throwaway folder)', function () {
  this.timeout(240_000);
  let work: string;
  let soffice: ChildProcess | undefined;
  let report: DriverReport;
  let serverProcesses: Array<{ pid: number; cmd: string }> = [];
  const samples = { docx: '', odt: '' };
  let sharedBefore = '';
  let updateUrl = '';
  const savedDocx = () => join(work, 'tersimpan.docx');

  before(async function () {
    if (!haveOffice) {
      // say so plainly: this suite must not pass silently where it could not run
      throw new Error('LibreOffice (soffice, unopkg) or /usr/bin/python3 with uno is missing; run .ci/run or apt-get install libreoffice-writer-nogui python3-uno libreoffice-script-provider-python');
    }
    assert.ok(existsSync(OXT), `${OXT} is missing: run npm run package:oxt`);
    work = mkdtempSync(join(tmpdir(), 'etika-writer-'));
    mkdirSync(RESULTS, { recursive: true });
    // copies: Writer leaves lock files beside what it opens
    for (const kind of ['docx', 'odt'] as const) {
      samples[kind] = join(work, `siaran-pers.${kind}`);
      copyFileSync(join(ROOT, 'examples', 'office', `siaran-pers.${kind}`), samples[kind]);
    }

    // what is installed office-wide before we start: it must be the same when we are done
    sharedBefore = listShared(work);
    const profile = pathToFileURL(join(work, 'profile')).href;
    // -s accepts the licence without a prompt (unopkg otherwise waits for "yes" on stdin)
    // the package as an office hosting its own updates builds it (file:// stands for the intranet)
    updateUrl = pathToFileURL(join(work, 'intranet', 'etika-asn.update.xml')).href;
    const oxt = join(work, 'intranet', 'etika-asn.oxt');
    const pack = spawnSync(process.execPath, [join(ROOT, 'scripts', 'package-oxt.mjs'), '--out', oxt], {
      encoding: 'utf8',
      env: { ...process.env, ETIKA_ASN_UPDATE_URL: updateUrl },
    });
    assert.equal(pack.status, 0, `${pack.stdout}${pack.stderr}`);
    // stdin is a closed pipe, as in a script: with -s the licence must not be asked for
    const add = run('unopkg', ['add', '--shared', '-f', '-s', oxt, `-env:UserInstallation=${profile}`, ...sharedFolder(work)], 180_000);
    assert.equal(add.status, 0, `unopkg add failed: ${add.out}`);
    assert.doesNotMatch(add.out, /Permission is hereby granted|accept/i, 'no licence prompt');

    const port = await freePort();
    soffice = spawn(
      'soffice',
      ['--headless', '--invisible', '--norestore', '--nologo', '--nodefault', '--nolockcheck', `--accept=socket,host=127.0.0.1,port=${port};urp;`, `-env:UserInstallation=${profile}`, ...sharedFolder(work)],
      { detached: true, stdio: 'ignore' },
    );

    const started = Date.now();
    const driver = spawn(
      PYTHON,
      [DRIVER, '--port', String(port), '--docx', samples.docx, '--odt', samples.odt, '--saved-docx', savedDocx(), '--rich-docx', join(work, 'rilis-tabel.docx'), '--update-url', updateUrl],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    driver.stdout.on('data', (d) => (stdout += d));
    driver.stderr.on('data', (d) => (stderr += d));
    // the language server is a child of soffice.bin while the driver works
    const watch = setInterval(() => {
      if (soffice?.pid) {
        for (const p of descendants(soffice.pid)) {
          if (p.cmd.includes('server.js') && !serverProcesses.some((s) => s.pid === p.pid)) serverProcesses.push(p);
        }
      }
    }, 100);
    const code = await new Promise<number | null>((res) => {
      const timer = setTimeout(() => driver.kill('SIGKILL'), 180_000);
      driver.on('exit', (c) => {
        clearTimeout(timer);
        res(c);
      });
    });
    clearInterval(watch);
    writeFileSync(join(RESULTS, 'driver-stderr.log'), stderr);
    assert.equal(code, 0, `UNO driver failed (exit ${code}):\n${stderr}`);
    report = JSON.parse(stdout) as DriverReport;
    writeFileSync(join(RESULTS, 'writer-report.json'), JSON.stringify(report, null, 2));
    console.log(
      `      Writer: driver ran ${((Date.now() - started) / 1000).toFixed(1)} s; per paragraph through the extension ` +
        `(${report.latency.rounds} rounds): uncached p50 ${report.latency.uncached.p50} ms, p95 ${report.latency.uncached.p95} ms; ` +
        `cached p50 ${report.latency.cached.p50} ms`,
    );
  });

  after(async function () {
    this.timeout(120_000);
    if (soffice?.pid) {
      const pid = soffice.pid;
      const tree = descendants(pid).map((p) => p.pid);
      // soffice quits through Desktop.terminate() (sent by stopping the group politely), then hard
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        // already gone
      }
      try {
        await waitFor('soffice to stop', () => ![pid, ...tree].some(alive), 30_000);
      } catch {
        for (const p of [pid, ...tree]) {
          try {
            process.kill(p, 'SIGKILL');
          } catch {
            // gone
          }
        }
      }
    }
    if (haveOffice && work) {
      // the extension lived in the throwaway profile only: nothing to uninstall
      rmSync(work, { recursive: true, force: true });
    }
  });

  const rulesOf = (paras: ParagraphReport[], needle: string) =>
    paras.find((p) => p.text.includes(needle))?.errors.map((e) => e.rule) ?? [];

  it('registers as the only grammar checker for id-ID and is active', () => {
    assert.ok(report.available.includes('org.etikaasn.writer.Proofreader'), JSON.stringify(report.available));
    assert.deepEqual(report.configured, ['org.etikaasn.writer.Proofreader']);
  });

  it('the Extension Manager shows version, publisher, icon, description; updates come from the office\'s own server', () => {
    const x = report.extension;
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    assert.equal(x.version, version);
    assert.match(x.name, /^Etika ASN/);
    assert.ok(x.publisher[0].length > 0, JSON.stringify(x.publisher));
    assert.ok(x.icon && x.iconHighContrast, 'icons load');
    assert.match(x.description, /Node\.js/);
    assert.match(x.license, /MIT License/);
    assert.deepEqual(x.updateUrls, [updateUrl]);
    // LibreOffice's own update reader understands the update file the build wrote
    assert.deepEqual(x.update, [{ version, download: new URL('etika-asn.oxt', updateUrl).href }]);
  });

  for (const kind of ['docx', 'odt'] as const) {
    it(`${kind}: the proofreading iterator returns our findings with messages, basis and suggestions`, () => {
      const paras = report[kind];
      assert.deepEqual(
        paras.map((p) => p.text),
        SAMPLE_PARAGRAPHS.map(paragraphText),
        'Writer sees the same paragraphs as the sample',
      );
      assert.ok(paras.every((p) => p.language === 'id-ID'), 'sample paragraphs are tagged Indonesian');
      const insult = paras.find((p) => p.text.includes('goblok'))!.errors.find((e) => e.rule === 'kesantunan/kata-kasar');
      assert.ok(insult, 'kata-kasar reported');
      // the emoji before it is two UTF-16 units: a code-point offset would be off by one
      // the removal takes "Dasar goblok, " and capitalises "kerja" (the sentence stays whole)
      assert.equal(insult.covered, 'Dasar goblok, k');
      assert.equal(insult.start, 3);
      assert.match(insult.short, /Kata "goblok" adalah makian/);
      assert.doesNotMatch(insult.short, /Dasar:/);
      assert.match(insult.full, /\nDasar: UU 20\/2023 Pasal 4/);
      assert.deepEqual(insult.suggestions, ['K', 'Dasar kurang cermat, k']);
      // a suggestion that does not show the change says in the comment what clicking it does
      assert.match(insult.short, /Saran: «Dasar kurang cermat, k» = «goblok» → «kurang cermat»/);
      assert.ok(rulesOf(paras, 'viralkan').includes('hoaks/ajakan-viralkan'));
      const plain = paras.find((p) => p.text.startsWith('SIARAN PERS'))!;
      assert.deepEqual(plain.errors, []);
    });
  }

  it('"Ringkasan Kepatuhan" opens a formatted Indonesian document: heading, highlighted verdict, table of findings', () => {
    const sum = report.summary;
    assert.ok(sum, 'the summary opened a new document');
    assert.deepEqual(sum.paragraphs[0], ['Heading 1', 'Ringkasan Kepatuhan Etika ASN']);
    assert.match(sum.text, /siaran-pers\.docx/);
    assert.doesNotMatch(sum.text, /etika-asn-\d+/, 'no temporary URI in the summary');
    // (a masked NIK is a run of asterisks: not bold markup)
    assert.doesNotMatch(sum.text, /^#{1,6} |\*\*[^*\s][^*]*\*\*|\|---/m, 'no Markdown syntax');
    assert.deepEqual(sum.highlighted, ['Putusan: TIDAK LAYAK TERBIT']);
    assert.deepEqual(sum.languages, ['id-ID'], 'every run of the report, tables included, is Indonesian');
    const findings = sum.tables[0];
    assert.deepEqual(findings[0], ['No', 'Lokasi', 'Tingkat', 'Aturan', 'Temuan', 'Dasar', 'Saran']);
    const nik = findings.find((r) => r[3] === 'data-pribadi/nik');
    assert.ok(nik, JSON.stringify(findings));
    // the sample's NIK is in its sixth paragraph, counted as Writer shows them
    const nikParagraph = SAMPLE_PARAGRAPHS.map(paragraphText).findIndex((t) => t.includes('3273015708900002')) + 1;
    assert.equal(nik[1], `Paragraf ${nikParagraph}`);
    assert.ok(sum.savedBytes > 0, 'the report can be saved');
  });

  it('the summary covers tables (nested too), headers and footnotes, naming the cell; text tagged English included', () => {
    const sum = report.rich.summary;
    assert.deepEqual(sum.highlighted, ['Putusan: TIDAK LAYAK TERBIT']);
    const rows = sum.tables[0].slice(1);
    const at = (rule: string, needle: string) => rows.find((r) => r[3] === rule && r[4].includes(needle))?.[1];
    // located by where they are (the matched NIK may be masked in reports)
    const nikAt = rows.filter((r) => r[3] === 'data-pribadi/nik').map((r) => r[1]);
    assert.equal(nikAt.length, 4, JSON.stringify(nikAt));
    assert.ok(nikAt.includes('Tabel 1, sel B2'), JSON.stringify(nikAt));
    assert.ok(nikAt.includes('Catatan kaki 1'), JSON.stringify(nikAt));
    assert.ok(nikAt.some((w) => w.startsWith('Kepala halaman')), JSON.stringify(nikAt));
    // a text frame comes back from .docx as a text box
    assert.ok(nikAt.some((w) => w.startsWith('Kotak teks')), JSON.stringify(nikAt));
    assert.match(at('kesantunan/kata-kasar', 'goblok') ?? '', /^Tabel 1, sel A1 › tabel 1, sel A1/);
    // the paragraph tagged en-US is still checked by the summary
    assert.match(at('hoaks/ajakan-viralkan', 'viralkan') ?? '', /^Paragraf \d+$/);
    // document order: header, body (table before the later paragraphs), footnote
    const order = ['Kepala halaman', 'Tabel 1', 'Paragraf', 'Catatan kaki'].map((w) => rows.findIndex((r) => r[1].startsWith(w)));
    assert.deepEqual([...order].sort((a, b) => a - b), order, JSON.stringify(rows.map((r) => r[1])));
    assert.deepEqual(sum.languages, ['id-ID']);
  });

  it('Indonesian text tagged en-US is offered once and fixed for the whole document by the language command', () => {
    const r = report.rich;
    assert.equal(r.before.mistagged, 'en-US');
    const offers = r.statusAfterLoad.offered;
    assert.equal(offers.length, 1, JSON.stringify(r.statusAfterLoad));
    assert.equal(offers[0].paragraphs, 1, 'only the Indonesian paragraph, not the English one');
    assert.ok(r.statusAfterLoad.menus >= 1, 'the explanation entry is added to the context menu');
    assert.deepEqual(offers[0].languages, ['en-US']);
    // the summary ran afterwards and found the same paragraph: still one offer
    assert.equal(r.statusAfterFix.offered.length, 1);
    assert.equal(r.after.mistagged, 'id-ID');
    assert.equal(r.after.english, 'en-US', 'English text keeps its tag');
    assert.ok(r.afterRules.includes('hoaks/ajakan-viralkan'), JSON.stringify(r.afterRules));
    if (offers[0].how === 'infobar') assert.equal(r.infobarAfterFix, false, 'the info bar goes once the fix is applied');
  });

  it('"Penjelasan aturan" shows the rule inside Writer: why, basis, examples', () => {
    const text = report.rich.explanation;
    assert.match(text, /\(hoaks\/ajakan-viralkan\)/);
    assert.match(text, /Mengapa: /);
    assert.match(text, /Dasar: /);
    assert.match(text, /Contoh yang ditandai:\n• "/);
  });

  it('a 1 MB paragraph with ~200 findings does not hold up another paragraph', () => {
    const b = report.big;
    console.log(
      `      big paragraph: ${(b.chars / 1e6).toFixed(2)} MB, ${b.findingsInText} findings in the text: ` +
        `${b.big.ms} ms through Writer (${b.big.errors} errors${b.big.errorsLater !== undefined ? `, ${b.big.errorsLater} after the late recheck` : ''}); ` +
        `short paragraph asked meanwhile: ${b.small.ms} ms`,
    );
    assert.ok(b.smallBeforeBig, JSON.stringify(b));
    assert.ok(b.small.rules.includes('kesantunan/kata-kasar'), JSON.stringify(b.small));
    assert.ok(Math.max(b.big.errors, b.big.errorsLater ?? 0) >= b.findingsInText, JSON.stringify(b.big));
  });

  it('applying a suggestion changes only its range, and saving to .docx keeps the rest of the text', async () => {
    const applied = report.applied;
    assert.ok(applied, 'an error with a suggestion was found to apply');
    // the redaction fix of the NIK, the personal-data rule's suggestion
    assert.equal(applied.rule, 'data-pribadi/nik');
    assert.equal(applied.suggestion.includes('3273015708900002'), false);
    const before = Buffer.from(applied.before, 'utf16le');
    const expected = Buffer.concat([
      before.subarray(0, applied.start * 2),
      Buffer.from(applied.suggestion, 'utf16le'),
      before.subarray((applied.start + applied.length) * 2),
    ]).toString('utf16le');
    const original = SAMPLE_PARAGRAPHS.map(paragraphText);
    const changed = original.indexOf(applied.before);
    assert.ok(changed >= 0);
    assert.deepEqual(report.afterApply, original.map((t, i) => (i === changed ? expected : t)));

    const saved = await readDocument(savedDocx());
    const wanted = await readDocument(samples.docx);
    assert.equal(saved.text, wanted.text.replace(applied.before, expected));
  });

  it('"Set language to Indonesian" tags the selection id-ID, and then it is checked', () => {
    assert.equal(report.setLanguage.before, 'en-US');
    assert.equal(report.setLanguage.after, 'id-ID');
    assert.ok(report.setLanguage.rules.includes('hoaks/ajakan-viralkan'), JSON.stringify(report.setLanguage));
  });

  it('a paragraph over the time budget is answered empty at once, then Writer checks it again by itself', () => {
    const l = report.late;
    // one request (ours or Writer's own background one, whichever came first) was answered empty
    assert.equal(l.after.late, l.before.late + 1, JSON.stringify(l));
    // the extension marked the paragraph unchecked and Writer asked again, answered from the cache
    assert.equal(l.after.lateAnswered, l.before.lateAnswered + 1, JSON.stringify(l));
    assert.ok(l.checked);
    assert.equal(l.laterErrors, 300);
  });

  it('leaves office-wide (shared) extensions as it found them', () => {
    assert.equal(listShared(work), sharedBefore);
  });

  it('uses one long-lived server process, stopped with Writer', async () => {
    const servers = serverProcesses.filter((p) => p.cmd.includes('--stdio'));
    assert.equal(servers.length, 1, JSON.stringify(serverProcesses));
    assert.match(servers[0].cmd, /uno_packages.*server\/server\.js --stdio/);
    process.kill(-soffice!.pid!, 'SIGTERM');
    await waitFor('the language server to stop with soffice', () => !servers.some((s) => alive(s.pid)), 30_000);
  });
});

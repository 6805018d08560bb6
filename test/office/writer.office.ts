// The Writer extension for real: installs dist/etika-asn.oxt with `unopkg add --shared`, runs
// soffice headless with a throwaway profile, and asks Writer's proofreading iterator through a
// Python UNO driver. Run by `npm run test:office` (which builds the .oxt first).
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
  available: string[];
  configured: string[];
  odt: ParagraphReport[];
  docx: ParagraphReport[];
  latency: { rounds: number; uncached: { p50: number; p95: number }; cached: { p50: number; p95: number } };
  summary: string;
  applied: { rule: string; before: string; start: number; length: number; suggestion: string } | null;
  afterApply: string[];
  setLanguage: { before: string; after: string; rules: string[] };
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

const haveOffice = existsSync('/usr/bin/soffice') && existsSync('/usr/bin/unopkg') && existsSync(PYTHON);

describe('LibreOffice Writer extension (soffice headless, unopkg --shared)', function () {
  this.timeout(240_000);
  let work: string;
  let soffice: ChildProcess | undefined;
  let report: DriverReport;
  let serverProcesses: Array<{ pid: number; cmd: string }> = [];
  const samples = { docx: '', odt: '' };
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

    const unopkgProfile = pathToFileURL(join(work, 'unopkg-profile')).href;
    const add = run('unopkg', ['add', '--shared', '-f', '-s', OXT, `-env:UserInstallation=${unopkgProfile}`], 180_000);
    assert.equal(add.status, 0, `unopkg add failed: ${add.out}`);

    const port = await freePort();
    const profile = pathToFileURL(join(work, 'profile')).href;
    soffice = spawn(
      'soffice',
      ['--headless', '--invisible', '--norestore', '--nologo', '--nodefault', '--nolockcheck', `--accept=socket,host=127.0.0.1,port=${port};urp;`, `-env:UserInstallation=${profile}`],
      { detached: true, stdio: 'ignore' },
    );

    const started = Date.now();
    const driver = spawn(
      PYTHON,
      [DRIVER, '--port', String(port), '--docx', samples.docx, '--odt', samples.odt, '--saved-docx', savedDocx()],
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
      const r = run('unopkg', ['remove', '--shared', EXTENSION_ID, `-env:UserInstallation=${pathToFileURL(join(work, 'unopkg-profile')).href}`], 120_000);
      if (r.status !== 0) console.warn(`unopkg remove: ${r.out}`);
      rmSync(work, { recursive: true, force: true });
    }
  });

  const rulesOf = (paras: ParagraphReport[], needle: string) =>
    paras.find((p) => p.text.includes(needle))?.errors.map((e) => e.rule) ?? [];

  it('registers as the only grammar checker for id-ID and is active', () => {
    assert.ok(report.available.includes('org.etikaasn.writer.Proofreader'), JSON.stringify(report.available));
    assert.deepEqual(report.configured, ['org.etikaasn.writer.Proofreader']);
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
      assert.ok(rulesOf(paras, 'viralkan').includes('hoaks/ajakan-viralkan'));
      const plain = paras.find((p) => p.text.startsWith('SIARAN PERS'))!;
      assert.deepEqual(plain.errors, []);
    });
  }

  it('"Ringkasan Kepatuhan" opens the compliance summary of the whole document', () => {
    assert.match(report.summary, /^# Ringkasan Kepatuhan/);
    assert.match(report.summary, /TIDAK LAYAK TERBIT/);
    assert.match(report.summary, /siaran-pers\.docx/);
    assert.doesNotMatch(report.summary, /etika-asn-\d+/, 'no temporary URI in the summary');
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

  it('uses one long-lived server process, stopped with Writer', async () => {
    const servers = serverProcesses.filter((p) => p.cmd.includes('--stdio'));
    assert.equal(servers.length, 1, JSON.stringify(serverProcesses));
    assert.match(servers[0].cmd, /uno_packages.*server\/server\.js --stdio/);
    // a persistent process: a fresh node per paragraph would cost ~50 ms
    assert.ok(report.latency.uncached.p50 < 25, `p50 ${report.latency.uncached.p50} ms`);
    process.kill(-soffice!.pid!, 'SIGTERM');
    await waitFor('the language server to stop with soffice', () => !servers.some((s) => alive(s.pid)), 30_000);
  });
});

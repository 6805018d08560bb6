// The CLI's input and output edges (#15): encodings, unreadable and special files, binary
// input, size limits, zip bombs, personal data in reports, and its own options and language.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Zip, ZipDeflate } from 'fflate';
import { decodeText, encodeText } from '../../server/src/node/documents';
import layout from '../../server/src/shared/layout.json';
import { looksBinary, MAX_INPUT_BYTES } from '../../server/src/shared/input';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, layout.dist, layout.cli);
const NIK = '3273010101900002';

function run(args: string[], opts: { cwd?: string; input?: string | Buffer; lang?: string } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1', LC_ALL: '', LC_MESSAGES: '', LANG: opts.lang ?? 'id_ID.UTF-8' },
  });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), raw: r.stdout };
}

let dir: string;
const file = (name: string, data: string | Buffer) => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, data);
  return f;
};

/** A zip whose one entry (deflated zeros) expands to `mb` megabytes. */
function zipBomb(entry: string, mb: number): Buffer {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  const f = new ZipDeflate(entry, { level: 9 });
  zip.add(f);
  const zeros = new Uint8Array(1 << 20);
  for (let i = 0; i < mb; i++) f.push(zeros, i === mb - 1);
  zip.end();
  return Buffer.concat(chunks);
}

describe('CLI input and output (#15)', function () {
  this.timeout(60_000);
  before(() => {
    if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'etika-cli-io-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--fix keeps a UTF-8 BOM and changes only the fixed word', () => {
    const f = file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Pendaftaran gak dipungut biaya.\n')]));
    run(['check', '--fix', f]);
    assert.deepEqual(fs.readFileSync(f), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Pendaftaran tidak dipungut biaya.\n')]));
  });

  it('--fix refuses a file that is not valid UTF-8 and says so; the bytes stay', () => {
    const bytes = Buffer.concat([Buffer.from('Pendaftaran gak dipungut biaya. '), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from('\n')]);
    const f = file('rusak.txt', bytes);
    const r = run(['check', '--fix', f]);
    assert.deepEqual(fs.readFileSync(f), bytes);
    assert.match(r.stderr, /bukan UTF-8 yang sah/);
    assert.match(r.stdout, /kata-tidak-baku/, 'it is still checked');
  });

  it('--fix writes UTF-16 back as UTF-16 with its BOM', () => {
    const f = file('u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Pendaftaran gak dipungut biaya.\n', 'utf16le')]));
    run(['check', '--fix', f]);
    assert.equal(decodeText(fs.readFileSync(f)).text, 'Pendaftaran tidak dipungut biaya.\n');
    assert.equal(decodeText(fs.readFileSync(f)).encoding, 'utf-16le');
  });

  it('reads UTF-16 (both byte orders) with a BOM: the insult and the NIK are found', () => {
    const text = `Dasar goblok! NIK ${NIK}\n`;
    for (const [name, bytes] of [
      ['le.txt', encodeText(text, 'utf-16le')],
      ['be.txt', encodeText(text, 'utf-16be')],
    ] as const) {
      const r = run(['check', '--format', 'json', file(name, bytes)]);
      const ids = JSON.parse(r.stdout).map((f: { ruleId: string }) => f.ruleId);
      assert.ok(ids.includes('kesantunan/kata-kasar') && ids.includes('data-pribadi/nik'), `${name}: ${ids}`);
    }
  });

  it('NULs and random bytes are skipped as binary with a note, not reported clean or full of findings', () => {
    const nul = file('nul.txt', Buffer.alloc(1 << 20));
    let seed = 7;
    const random = Buffer.alloc(1 << 20);
    for (let i = 0; i < random.length; i++) random[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    const rnd = file('acak.txt', random);
    const r = run(['check', '--format', 'json', nul, rnd]);
    assert.deepEqual(JSON.parse(r.stdout), []);
    assert.match(r.stderr, /nul\.txt: tampak seperti berkas biner/);
    assert.match(r.stderr, /acak\.txt: tampak seperti berkas biner/);
    const pretty = run(['check', nul]);
    assert.doesNotMatch(pretty.stdout, /✓ Tidak ada masalah \(1 berkas/);
    assert.match(pretty.stdout, /1 berkas biner dilewati/);
  });

  it('one binary/text decision: a stray NUL near the start is still text', () => {
    assert.equal(looksBinary('Dasar goblok\0 viralkan!\n'.repeat(4)), false);
    assert.equal(looksBinary('\0'.repeat(100)), true);
    assert.equal(looksBinary('\ufffd\ufffdab\ufffd\u0001'), true);
    const r = run(['check', '--format', 'json', file('nul-awal.txt', 'A\0 Dasar goblok!\n')]);
    assert.ok(JSON.parse(r.stdout).some((f: { ruleId: string }) => f.ruleId === 'kesantunan/kata-kasar'));
  });

  it('a broken symlink, a FIFO, a device and a missing file are reported; the other files are still checked; exit 2 at the end', function () {
    if (process.platform === 'win32') this.skip();
    const ok = file('ok.txt', 'Dasar goblok!\n');
    fs.symlinkSync(path.join(dir, 'tidak-ada'), path.join(dir, 'patah.txt'));
    spawnSync('mkfifo', [path.join(dir, 'pipa.txt')]);
    const r = run(['check', '--format', 'json', path.join(dir, 'patah.txt'), path.join(dir, 'pipa.txt'), '/dev/zero', ok]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /patah\.txt tidak dapat dibaca/);
    assert.match(r.stderr, /pipa\.txt bukan berkas biasa/);
    assert.match(r.stderr, /\/dev\/zero bukan berkas biasa/);
    assert.ok(JSON.parse(r.stdout).some((f: { file: string }) => f.file === ok), 'ok.txt was checked after the bad ones');
    // the same through a folder walk
    const walked = run(['check', '--format', 'json', dir]);
    assert.equal(walked.code, 2);
    assert.ok(JSON.parse(walked.stdout).some((f: { file: string }) => f.file === ok));
  });

  it('files over the size limit are refused with the size in the message', () => {
    const big = path.join(dir, 'besar.txt');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_INPUT_BYTES + 1);
    const r = run(['check', big]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /besar\.txt terlalu besar \(16\.0 MB\); batasnya 16\.0 MB/);
  });

  it('a zip bomb (.odt, .docx) stops at the unzip limit with a message', () => {
    const odt = file('bom.odt', zipBomb('content.xml', 70));
    const docx = file('bom.docx', zipBomb('word/document.xml', 70));
    const r = run(['check', odt, docx]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /bom\.odt mengembang lebih dari 64\.0 MB/);
    assert.match(r.stderr, /bom\.docx mengembang lebih dari 64\.0 MB/);
  });

  it('personal data is masked in json match, summary json and the pretty source line unless --show-personal-data', () => {
    const input = `Dasar goblok! NIK ${NIK} milik warga.\n`;
    const json = run(['check', '--format', 'json', '-'], { input });
    assert.ok(!json.stdout.includes(NIK), json.stdout);
    const nik = JSON.parse(json.stdout).find((f: { ruleId: string }) => f.ruleId === 'data-pribadi/nik');
    assert.equal(nik.match, '*'.repeat(NIK.length));
    const pretty = run(['check', '-'], { input });
    assert.ok(!pretty.stdout.includes(NIK));
    assert.match(pretty.stdout, /Dasar goblok! NIK \*{16} milik warga\./, 'the rest of the line is shown');
    const summary = run(['summary', '--format', 'json', '-'], { input });
    assert.ok(!summary.stdout.includes(NIK));
    assert.ok(run(['check', '--format', 'json', '--show-personal-data', '-'], { input }).stdout.includes(NIK));
    assert.ok(run(['summary', '--format', 'json', '--show-personal-data', '-'], { input }).stdout.includes(NIK));
  });

  it('a very long line prints a window around the finding, not the whole line', () => {
    const input = `${'kata '.repeat(20_000)}goblok ${'kata '.repeat(20_000)}\n`;
    const r = run(['check', '-'], { input });
    const shown = r.stdout.split('\n').find((l) => l.includes('goblok') && l.includes('|'))!;
    assert.ok(shown.length < 300, `${shown.length} characters`);
    const marker = r.stdout.split('\n')[r.stdout.split('\n').indexOf(shown) + 1];
    assert.equal(shown.indexOf('goblok'), marker.indexOf('^'), 'the marker sits under the word');
  });

  it('the nearest .etika-asn.yaml is found from the file\'s folder, not the current directory', () => {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'etika-cli-proj-'));
    fs.mkdirSync(path.join(project, 'rilis'));
    fs.writeFileSync(path.join(project, '.etika-asn.yaml'), 'rules:\n  kesantunan: off\n');
    fs.writeFileSync(path.join(project, 'rilis', 'a.txt'), 'Dasar goblok!\n');
    const r = run(['check', '--format', 'json', path.join(project, 'rilis', 'a.txt')], { cwd: os.tmpdir() });
    assert.deepEqual(JSON.parse(r.stdout).filter((f: { category: string }) => f.category === 'kesantunan'), []);
    fs.rmSync(project, { recursive: true, force: true });
  });

  it('an unknown rule id in .etika-asn.yaml is reported with file, line and the closest id', () => {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'etika-cli-typo-'));
    fs.writeFileSync(path.join(project, '.etika-asn.yaml'), 'allow: []\nrules:\n  hoaks: off\n  kesantunan/kata-kasr: off\n');
    fs.writeFileSync(path.join(project, 'a.txt'), 'Dasar goblok!\n');
    const r = run(['check', 'a.txt'], { cwd: project });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.etika-asn\.yaml:4: rules\.kesantunan\/kata-kasr: tidak ada aturan dengan id ini \(maksudnya kesantunan\/kata-kasar\?\)/);
    fs.rmSync(project, { recursive: true, force: true });
  });

  it('summary on a folder or a glob with several files refuses with exit 2', () => {
    const r = run(['summary', 'examples']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /summary meringkas satu berkas/);
  });

  it('options: -f is an unknown option, rules --format rejects unknown formats', () => {
    const f = run(['check', '-f', 'json', 'examples/siaran-pers-bersih.siaran']);
    assert.equal(f.code, 2);
    assert.match(f.stderr, /opsi tidak dikenal: -f/);
    const rules = run(['rules', '--format', 'xml']);
    assert.equal(rules.code, 2);
    assert.match(rules.stderr, /format tidak dikenal: xml/);
  });

  it('`rules | head` ends quietly when the reader goes away', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" rules | head -1`], { encoding: 'utf8' });
    assert.equal(r.stdout.split('\n').filter(Boolean).length, 1);
    assert.doesNotMatch(r.stderr, /EPIPE|Error/);
  });

  it('English chrome outside an Indonesian locale or with --lang en; findings stay Indonesian', () => {
    const input = 'Dasar goblok!\n';
    for (const r of [run(['check', '-'], { input, lang: 'C.UTF-8' }), run(['--lang', 'en', 'check', '-'], { input }), run(['check', '--lang=en', '-'], { input })]) {
      assert.match(r.stdout, /1 problem \(0 errors, 1 warning, 0 info, 0 hints\) in 1 file\./);
      assert.match(r.stdout, /Kata "goblok"/);
      assert.match(r.stdout, /Basis: /);
    }
    assert.match(run(['check', '-'], { input, lang: 'id_ID.UTF-8' }).stdout, /1 masalah \(0 galat, 1 peringatan/);
    assert.match(run(['check', '-'], { input: `${input}Viralkan! Dasar tolol!!!\n`, lang: 'C.UTF-8' }).stdout, /\d+ problems \(0 errors, \d+ warnings, \d+ info, 0 hints\) in 1 file\./);
    assert.match(run(['periksa'], { lang: 'en_US.UTF-8' }).stderr, /unknown command: periksa[\s\S]*Usage:/);
  });
});

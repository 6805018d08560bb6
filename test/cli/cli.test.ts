// The command-line checker as users and CI run it: the built dist/cli.js in a child process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import layout from '../../server/src/shared/layout.json';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, layout.dist, layout.cli);

function run(args: string[], opts: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? ROOT, input: opts.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LC_ALL: '', LC_MESSAGES: '', LANG: 'id_ID.UTF-8' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'etika-cli-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

// an insult (warning), a call to spread (warning) and a campaign call (error)
const ABUSIVE = 'Dasar goblok, viralkan! Ayo coblos nomor urut 02!\n';

describe('etika-asn CLI', function () {
  before(function () {
    if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
  });

  it('pretty output: file, line:col, severity, message, rule, basis and a marker under the match', () => {
    const r = run(['check', 'examples/siaran-pers-bermasalah.siaran']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^examples\/siaran-pers-bermasalah\.siaran$/m);
    assert.match(r.stdout, /^\s+10:\d+\s+peringatan\s+Kata "goblok".*kesantunan\/kata-kasar$/m);
    assert.match(r.stdout, /Dasar: /);
    assert.match(r.stdout, /\|\s+\^+/);
  });

  it('exit 0 and a clean message for a clean press release', () => {
    const r = run(['check', 'examples/siaran-pers-bersih.siaran']);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /Tidak ada masalah/);
  });

  it('json is the documented contract', () => {
    const r = run(['check', '--format', 'json', '-'], { input: ABUSIVE });
    assert.equal(r.code, 1);
    const findings = JSON.parse(r.stdout);
    assert.ok(Array.isArray(findings) && findings.length >= 2);
    for (const f of findings) {
      assert.deepEqual(
        ['basis', 'category', 'file', 'fixes', 'message', 'range', 'ruleId', 'severity'].filter((k) => !(k in f)),
        [],
      );
      assert.equal(f.file, '-');
      assert.equal(typeof f.range.start.line, 'number');
    }
    assert.ok(findings.some((f: { ruleId: string }) => f.ruleId === 'kesantunan/kata-kasar'));
  });

  it('sarif 2.1.0 with rules, levels and 1-based regions', () => {
    const r = run(['check', '--format=sarif', 'examples/siaran-pers-bermasalah.siaran']);
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    const [run0] = log.runs;
    assert.equal(run0.tool.driver.name, 'etika-asn');
    const result = run0.results.find((x: { ruleId: string }) => x.ruleId === 'kesantunan/kata-kasar');
    assert.equal(result.level, 'warning');
    assert.equal(run0.tool.driver.rules[result.ruleIndex].id, 'kesantunan/kata-kasar');
    const region = result.locations[0].physicalLocation.region;
    assert.equal(region.startLine, 10);
    assert.ok(region.startColumn >= 1);
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'examples/siaran-pers-bermasalah.siaran');
  });

  it('checks every supported file under a folder, and globs', () => {
    const dir = tempDir({ 'a/satu.md': ABUSIVE, 'b/dua.siaran': ABUSIVE, 'b/abaikan.json': ABUSIVE });
    const folder = JSON.parse(run(['check', '--format', 'json', dir]).stdout);
    assert.deepEqual([...new Set(folder.map((f: { file: string }) => path.basename(f.file)))].sort(), ['dua.siaran', 'satu.md']);
    const glob = JSON.parse(run(['check', '--format', 'json', '**/*.siaran'], { cwd: dir }).stdout);
    assert.deepEqual([...new Set(glob.map((f: { file: string }) => f.file))], ['b/dua.siaran']);
  });

  it('--fix applies only safe fixes and leaves the rest of the text alone', () => {
    const original = 'Pengumuman resmi.\nPendaftaran gak dipungut biaya.\nDasar goblok!\n';
    const dir = tempDir({ 'draf.txt': original });
    const file = path.join(dir, 'draf.txt');
    run(['check', '--fix', file]);
    const fixed = fs.readFileSync(file, 'utf8');
    assert.equal(fixed, 'Pengumuman resmi.\nPendaftaran tidak dipungut biaya.\nDasar goblok!\n', 'slang replaced; removing an insult is not a safe fix');
  });

  it('exit 2 with file and line for a broken config, and still checks', () => {
    const dir = tempDir({ '.etika-asn.yaml': 'rules:\n  hoaks: loud\n', 'x.txt': ABUSIVE });
    const r = run(['check', '--format', 'json', 'x.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.etika-asn\.yaml:2: rules\.hoaks/);
    assert.ok(JSON.parse(r.stdout).length > 0, 'the other rules still ran');
  });

  it('config turns rules off and loads extra rule folders; a broken rule file is named', () => {
    const extra = `category: kode-etik
severity: error
title: Kata uji
message: 'Kata "{match}" dilarang di instansi ini.'
description: Aturan tambahan milik instansi.
basis: Peraturan internal
match:
  terms: [sinergitas]
examples:
  invalid: [sinergitas, Sinergitas]
  valid: [sinergi, kerja sama]
`;
    const dir = tempDir({
      '.etika-asn.yaml': 'rules:\n  kesantunan: off\nruleFolders: [aturan]\n',
      'aturan/kode-etik/kata-uji.yaml': extra,
      'aturan/kode-etik/rusak.yaml': 'category: [\n',
      'x.txt': 'Dasar goblok, sinergitas!\n',
    });
    const r = run(['check', '--format', 'json', 'x.txt'], { cwd: dir });
    const ids = JSON.parse(r.stdout).map((f: { ruleId: string }) => f.ruleId);
    assert.ok(ids.includes('kode-etik/kata-uji'));
    assert.ok(!ids.some((id: string) => id.startsWith('kesantunan/')));
    assert.match(r.stderr, /rusak\.yaml:\d+: YAML tidak valid/);
    assert.equal(r.code, 2);
  });

  it('usage errors exit 2 with the usage text', () => {
    for (const args of [[], ['periksa'], ['check'], ['check', '--format', 'xml', '-'], ['check', 'tidak-ada.txt']]) {
      const r = run(args, { input: '' });
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /Pemakaian:/);
    }
  });

  it('summary in md, html and json with the verdict and checklist', () => {
    const md = run(['summary', 'examples/siaran-pers-bermasalah.siaran']);
    assert.match(md.stdout, /Putusan: TIDAK LAYAK TERBIT/);
    assert.match(md.stdout, /Narahubung atau kanal resmi/);
    const html = run(['summary', '--format', 'html', 'examples/siaran-pers-bersih.siaran']);
    assert.match(html.stdout, /<!doctype html>/);
    assert.match(html.stdout, /Putusan: LAYAK TERBIT/);
    const json = JSON.parse(run(['summary', '--format', 'json', '-'], { input: ABUSIVE }).stdout);
    assert.equal(json.verdict, 'TIDAK LAYAK TERBIT');
    assert.equal(json.counts.byCategory.kesantunan, 1);
  });
});

// `etika-asn pemilihan` and the registry through the CLI: the built dist/cli.js in a child process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

function run(args: string[], cwd: string, input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempConfig(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'etika-pemilihan-'));
  fs.writeFileSync(path.join(dir, '.etika-asn.yaml'), text);
  return dir;
}

describe('etika-asn pemilihan', function () {
  before(function () {
    if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
  });

  it('prints the configured elections with period, candidates and pack sources', () => {
    const dir = tempConfig(fs.readFileSync(path.join(ROOT, 'test/fixtures/pemilihan/.etika-asn.yaml'), 'utf8').replace('  tanggal:', '  paket: [pilpres-2024]\n  tanggal:'));
    const r = run(['pemilihan'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Pilkada Kabupaten Sukamaju 2029 — bupati, Kabupaten Sukamaju; kampanye 2029-09-25 s\.d\. 2029-11-23; pemungutan 2029-11-27 \(dalam masa kampanye/);
    assert.match(r.stdout, /^\s+1\. Budi Santoso, Hendra Wijaya, .*tagar: #BudiUntukSukamaju/m);
    assert.match(r.stdout, /Pilpres 2024 .*di luar masa kampanye/);
    assert.match(r.stdout, /sumber: Keputusan KPU 1632\/2023/);
  });

  it('json lists every election, packs expanded', () => {
    const r = run(['pemilihan', '--format', 'json'], tempConfig('pemilihan:\n  paket: [partai-2024]\n'));
    const out = JSON.parse(r.stdout) as { pemilihan: { wilayah: string; partai: unknown[] }[] };
    assert.deepEqual(out.pemilihan.map((e) => [e.wilayah, e.partai.length]), [['Indonesia', 18], ['Aceh', 6]]);
  });

  it('a bad registry is exit 2 with file, line and key; checking still uses the valid rest', () => {
    const dir = tempConfig('pemilihan:\n  daftar:\n    - nama: Pilkada X\n      tingkat: bupati\n      calon:\n        - nomor: 1\n          nama: [Joko Lelono]\n          tagar: [Joko Untuk X]\n');
    const r = run(['check', '-'], dir, 'Ayo coblos Joko Lelono nomor 1!\n');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.etika-asn\.yaml:8.*pemilihan\.daftar\[0\]\.calon\[0\]\.tagar\[0\]/);
    assert.match(r.stdout, /netralitas\/dukungan-calon-terdaftar/);
  });

  it('without a registry says how to add one', () => {
    const r = run(['pemilihan'], tempConfig('rules: {}\n'));
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Belum ada daftar pemilihan/);
  });
});

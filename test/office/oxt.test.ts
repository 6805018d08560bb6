// The .oxt as LibreOffice's Extension Manager reads it: version, publisher, icons,
// descriptions in Indonesian and English, the licence (skippable with `unopkg add -s`),
// optional update information for an office's own server, and its size. Builds with
// scripts/package-oxt.mjs into a temporary folder (dist/server.js comes from `npm test`'s build).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

const ROOT = resolve(__dirname, '..', '..');
const MAX_BYTES = 2 * 1024 * 1024;

function pack(out: string, env: Record<string, string> = {}): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'package-oxt.mjs'), '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, ETIKA_ASN_UPDATE_URL: '', ETIKA_ASN_DOWNLOAD_URL: '', ...env },
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

const attr = (xml: string, re: RegExp) => re.exec(xml)?.[1];

describe('Writer extension package (.oxt metadata)', function () {
  this.timeout(60_000);
  let dir: string;
  let files: Record<string, Uint8Array>;
  let description: string;
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;

  before(() => {
    assert.ok(existsSync(join(ROOT, 'dist', 'server.js')), 'dist/server.js missing: run `npm run build` (npm test does)');
    dir = mkdtempSync(join(tmpdir(), 'etika-oxt-'));
    const r = pack(join(dir, 'etika-asn.oxt'));
    assert.equal(r.status, 0, r.out);
    files = unzipSync(readFileSync(join(dir, 'etika-asn.oxt')));
    description = strFromU8(files['description.xml']);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('stays under 2 MB with the server and rules inside', () => {
    assert.ok(statSync(join(dir, 'etika-asn.oxt')).size < MAX_BYTES, `${statSync(join(dir, 'etika-asn.oxt')).size} bytes`);
    for (const f of ['server/server.js', 'server/builtin-rules.json', 'etika_asn.py', 'META-INF/manifest.xml']) assert.ok(files[f], f);
  });

  it('has the version of package.json, a publisher and names in id and en', () => {
    assert.equal(attr(description, /<version value="([^"]+)"/), version);
    assert.equal(attr(description, /<identifier value="([^"]+)"/), 'org.etikaasn.writer');
    assert.match(description, /<publisher>[\s\S]*<name [^>]*lang="id">[^<]+<\/name>[\s\S]*<\/publisher>/);
    assert.match(description, /<display-name>[\s\S]*lang="id"[\s\S]*lang="en"[\s\S]*<\/display-name>/);
  });

  it('has icons (normal and high contrast) that are PNG files in the package', () => {
    for (const kind of ['default', 'high-contrast']) {
      const href = attr(description, new RegExp(`<${kind} xlink:href="([^"]+)"`));
      assert.ok(href, kind);
      const png = files[href];
      assert.ok(png, `${href} is in the .oxt`);
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${href} is a PNG`);
    }
  });

  it('describes itself in Indonesian and English, files present and non-empty', () => {
    for (const lang of ['id', 'en']) {
      const href = attr(description, new RegExp(`<src xlink:href="([^"]+)" lang="${lang}"/>`));
      assert.ok(href && files[href] && strFromU8(files[href]).trim().length > 50, `${lang}: ${href}`);
    }
    assert.match(strFromU8(files['registration/description-id.txt']), /Node\.js/);
  });

  it('shows the project licence, which `unopkg add -s` may skip (no prompt in scripts)', () => {
    assert.match(description, /<simple-license [^>]*suppress-if-required="true"/);
    const href = attr(description, /<license-text xlink:href="([^"]+)"/)!;
    assert.equal(strFromU8(files[href]), readFileSync(join(ROOT, 'LICENSE'), 'utf8'));
  });

  it('every file the manifest names is in the package', () => {
    const manifest = strFromU8(files['META-INF/manifest.xml']);
    const paths = [...manifest.matchAll(/manifest:full-path="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(paths.includes('Jobs.xcu') && paths.includes('etika_asn.py'), paths.join(' '));
    for (const p of paths) assert.ok(files[p], p);
  });

  it('asks no server for updates unless built with ETIKA_ASN_UPDATE_URL, then points to the office\'s own', () => {
    assert.doesNotMatch(description, /<update-information>/);
    const intranet = join(dir, 'intranet');
    const url = 'https://intranet.example.go.id/etika-asn/etika-asn.update.xml';
    const r = pack(join(intranet, 'etika-asn.oxt'), { ETIKA_ASN_UPDATE_URL: url });
    assert.equal(r.status, 0, r.out);
    const desc = strFromU8(unzipSync(readFileSync(join(intranet, 'etika-asn.oxt')))['description.xml']);
    assert.match(desc, new RegExp(`<update-information>\\s*<src xlink:href="${url.replace(/[.?]/g, '\\$&')}"/>`));
    const update = readFileSync(join(intranet, 'etika-asn.update.xml'), 'utf8');
    assert.match(update, /xmlns="http:\/\/openoffice\.org\/extensions\/update\/2006"/);
    assert.equal(attr(update, /<identifier value="([^"]+)"/), 'org.etikaasn.writer');
    assert.equal(attr(update, /<version value="([^"]+)"/), version);
    assert.equal(attr(update, /<update-download>\s*<src xlink:href="([^"]+)"/), 'https://intranet.example.go.id/etika-asn/etika-asn.oxt');
    const bad = pack(join(dir, 'x.oxt'), { ETIKA_ASN_UPDATE_URL: 'intranet/update.xml' });
    assert.equal(bad.status, 1);
    assert.match(bad.out, /ETIKA_ASN_UPDATE_URL harus URL/);
  });
});

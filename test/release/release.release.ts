// npm run test:release: builds release/ (npm run release) and checks what an office installs
// from: every artefact present, one version everywhere, checksums true, and each package
// carrying the rule bundle, the licence and the user guide and nothing from the test suite.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gunzipSync, strFromU8, unzipSync } from 'fflate';

const root = join(__dirname, '..', '..');
const release = join(root, 'release');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const v = pkg.version;

/** Minimal ustar reader: npm pack tarballs are plain ustar. */
function untar(bytes: Uint8Array): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (let off = 0; off + 512 <= bytes.length; ) {
    const header = bytes.subarray(off, off + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start: number, len: number) => strFromU8(header.subarray(start, start + len)).replace(/\0.*$/s, '');
    const name = (field(345, 155) ? `${field(345, 155)}/` : '') + field(0, 100);
    const size = parseInt(field(124, 12).trim() || '0', 8);
    files.set(name, bytes.subarray(off + 512, off + 512 + size));
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

const zip = (file: string) => unzipSync(readFileSync(join(release, file)));
const text = (u: Uint8Array | undefined) => (u ? strFromU8(u) : '');

/** The files `bundle` (a path in a package) loads on demand, and the ones those load, that the package lacks. */
function missingLibraries(files: Record<string, Uint8Array>, bundle: string): string[] {
  const missing: string[] = [];
  for (const [, required] of text(files[bundle]).matchAll(/(?:require|import)\("(\.\/[\w./-]+\.js)"\)/g)) {
    const name = posix.join(posix.dirname(bundle), required);
    if (!files[name]) missing.push(name);
    else if (name !== bundle) missing.push(...missingLibraries(files, name));
  }
  return [...new Set(missing)];
}

describe('release/', function () {
  this.timeout(60_000);

  const expected = [
    `${pkg.name}-${v}.vsix`,
    `${pkg.name}-${v}.oxt`,
    `${pkg.name}-web-${v}.zip`,
    `${pkg.name}-word-${v}.zip`,
    `${pkg.name}-${v}.tgz`,
    'SHA256SUMS',
    'RELEASE-NOTES.md',
  ];

  it('holds every artefact, named with the package version', () => {
    const present = existsSync(release) ? readdirSync(release).sort() : [];
    assert.deepEqual(present, [...expected].sort());
  });

  it('SHA256SUMS lists every package with its true checksum', () => {
    const lines = readFileSync(join(release, 'SHA256SUMS'), 'utf8').trim().split('\n');
    const listed = new Map(lines.map((l) => [l.slice(66), l.slice(0, 64)]));
    for (const f of expected.filter((f) => f !== 'SHA256SUMS' && f !== 'RELEASE-NOTES.md')) {
      const actual = createHash('sha256').update(readFileSync(join(release, f))).digest('hex');
      assert.equal(listed.get(f), actual, f);
    }
  });

  it('release notes are this version\'s changelog section', () => {
    const notes = readFileSync(join(release, 'RELEASE-NOTES.md'), 'utf8');
    assert.match(notes, new RegExp(`^# Etika ASN ${v.replace(/\./g, '\\.')}\\n`));
    assert.ok(notes.split('\n').length > 3, 'notes have content');
  });

  it('the .vsix: one version, rule bundle, licence, guide, icon; no tests, sources or corpora; under 1 MB', () => {
    const files = zip(`${pkg.name}-${v}.vsix`);
    const names = Object.keys(files);
    assert.equal(JSON.parse(text(files['extension/package.json'])).version, v);
    assert.match(text(files['extension.vsixmanifest']), new RegExp(`Version="${v}"`));
    for (const need of ['extension/dist/builtin-rules.json', 'extension/dist/server.js', 'extension/LICENSE.txt', 'extension/docs/panduan/README.md', 'extension/images/icon.png', 'extension/CHANGELOG.md']) {
      // vsce writes README and CHANGELOG in lower case
      const present = (n: string) => names.includes(n) || names.includes(n.toLowerCase());
      assert.ok(present(need) || (need.endsWith('LICENSE.txt') && present('extension/LICENSE')), `missing ${need}`);
    }
    assert.deepEqual(missingLibraries(files, 'extension/dist/server.js'), []);
    const leaked = names.filter((n) => /^extension\/(test|corpus|server\/src|client\/src|scripts|node_modules)\//.test(n));
    assert.deepEqual(leaked, []);
    assert.ok(statSync(join(release, `${pkg.name}-${v}.vsix`)).size < 1024 * 1024, '.vsix under 1 MB');
  });

  it('the .oxt: one version, rule bundle, licence, guide; no tests; under 2 MB', () => {
    const files = zip(`${pkg.name}-${v}.oxt`);
    const names = Object.keys(files);
    assert.match(text(files['description.xml']), new RegExp(`<version value="${v.replace(/\./g, '\\.')}"`));
    for (const need of ['server/builtin-rules.json', 'server/server.js', 'registration/LICENSE.txt', 'docs/panduan/README.md']) {
      assert.ok(names.includes(need), `missing ${need}`);
    }
    assert.deepEqual(missingLibraries(files, 'server/server.js'), []);
    assert.deepEqual(names.filter((n) => /^(test|corpus)\//.test(n)), []);
    assert.ok(statSync(join(release, `${pkg.name}-${v}.oxt`)).size < 2 * 1024 * 1024, '.oxt under 2 MB');
  });

  it('the CLI tarball: one version, the bundles and rules, no tests or sources', () => {
    const files = untar(gunzipSync(readFileSync(join(release, `${pkg.name}-${v}.tgz`))));
    const names = [...files.keys()];
    assert.equal(JSON.parse(text(files.get('package/package.json'))).version, v);
    for (const need of ['package/dist/cli.js', 'package/dist/server.js', 'package/dist/builtin-rules.json', 'package/LICENSE', 'package/docs/panduan/README.md']) {
      assert.ok(names.includes(need), `missing ${need}`);
    }
    for (const bundle of ['package/dist/cli.js', 'package/dist/server.js']) assert.deepEqual(missingLibraries(Object.fromEntries(files), bundle), []);
    assert.deepEqual(names.filter((n) => /^package\/(test|corpus|server\/src|client)\//.test(n)), []);
  });

  it('the web checker and the Word add-in carry the same version', () => {
    const web = zip(`${pkg.name}-web-${v}.zip`);
    const webNames = Object.keys(web);
    assert.ok(webNames.some((n) => n.endsWith('/index.html')), 'web zip has index.html');
    assert.ok(webNames.some((n) => text(web[n]).includes(v) && /\.(js|html|json)$/.test(n)), `web zip names version ${v}`);
    const word = zip(`${pkg.name}-word-${v}.zip`);
    const manifest = Object.keys(word).find((n) => n.endsWith('manifest.xml'));
    assert.ok(manifest, 'word zip has a manifest');
    assert.match(text(word[manifest]), new RegExp(`<Version>${v.replace(/\./g, '\\.')}(\\.0)?</Version>`));
  });
});

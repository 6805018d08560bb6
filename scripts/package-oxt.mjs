// Builds dist/etika-asn.oxt: the Writer extension from office/libreoffice/, with the bundled
// language server (dist/server.js → server/server.js) and the rules beside it, so node on
// PATH is all the extension needs. Run after `npm run build` (npm run package:oxt does both).
//
// Options: --out FILE (default dist/etika-asn.oxt).
// ETIKA_ASN_UPDATE_URL=https://intranet.example/etika-asn/etika-asn.update.xml adds
// <update-information> to description.xml and writes that update file beside the .oxt, so an
// office can host updates on its own server (Tools ▸ Extension Manager ▸ Check for Updates).
// ETIKA_ASN_DOWNLOAD_URL sets where the update file says the .oxt is (default: beside it).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const extensionDir = join(root, 'office', 'libreoffice');
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(root, 'dist', 'etika-asn.oxt');
const serverJs = join(root, 'dist', 'server.js');
const EXTENSION_ID = 'org.etikaasn.writer';

function fail(message) {
  console.error(message);
  process.exit(1);
}

if (!existsSync(serverJs)) fail('dist/server.js belum ada: jalankan `npm run build` dahulu.');

function checkedUrl(name) {
  const value = process.env[name];
  if (!value) return undefined;
  if (!/^(https?|file):\/\/\S+$/.test(value)) fail(`${name} harus URL http(s):// atau file:// (isinya: ${value})`);
  return value;
}
const escapeXml = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const updateUrl = checkedUrl('ETIKA_ASN_UPDATE_URL');
const downloadUrl = checkedUrl('ETIKA_ASN_DOWNLOAD_URL') ?? (updateUrl ? new URL(basename(out), updateUrl).href : undefined);

/** @type {import('fflate').Zippable} */
const files = {};

function addTree(dir, prefix, skip = () => false) {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    const inZip = prefix ? `${prefix}/${name}` : name;
    if (skip(name)) continue;
    if (statSync(full).isDirectory()) addTree(full, inZip, skip);
    else files[inZip] = readFileSync(full);
  }
}

addTree(extensionDir, '', (name) => name === '__pycache__' || name.endsWith('.pyc'));
let description = readFileSync(join(extensionDir, 'description.xml'), 'utf8').replace(/(<version value=")[^"]*(")/, `$1${version}$2`);
if (updateUrl) {
  description = description.replace(
    '</description>',
    `  <update-information>\n    <src xlink:href="${escapeXml(updateUrl)}"/>\n  </update-information>\n</description>`,
  );
}
files['description.xml'] = strToU8(description);
// the licence shown at install is the project's own
files['registration/LICENSE.txt'] = readFileSync(join(root, 'LICENSE'));
files['server/server.js'] = readFileSync(serverJs);
// the libraries server.js loads on first use (user rule validation), and the ones those load
function addLibrariesOf(bundle, dir) {
  for (const [, required] of String(bundle).matchAll(/(?:require|import)\("(\.\/[\w./-]+\.js)"\)/g)) {
    const name = posix.join(dir, required);
    if (files[`server/${name}`]) continue;
    files[`server/${name}`] = readFileSync(join(root, 'dist', name));
    addLibrariesOf(files[`server/${name}`], posix.dirname(name));
  }
}
addLibrariesOf(files['server/server.js'], '.');
// the shipped rules pre-validated by the build: the server starts without YAML or schema work
const ruleBundle = join(root, 'dist', 'builtin-rules.json');
if (existsSync(ruleBundle)) files['server/builtin-rules.json'] = readFileSync(ruleBundle);
addTree(join(root, 'rules'), 'rules');
// rule pages (codeDescription.href) when they have been generated
// the user guide (docs/panduan), shown by Help ▸ … and linked from the rule explanations
addTree(join(root, 'docs', 'panduan'), 'docs/panduan');
const ruleDocs = join(root, 'docs', 'rules');
if (existsSync(ruleDocs)) addTree(ruleDocs, 'docs/rules');

mkdirSync(dirname(out), { recursive: true });
const zipped = zipSync(files, { level: 9 });
writeFileSync(out, zipped);
const count = Object.keys(files).length;
const shown = (p) => relative(root, p).split(sep).join('/');
console.log(`${shown(out)}: ${count} berkas, ${(zipped.length / 1024).toFixed(0)} KB (versi ${version})`);

if (updateUrl) {
  // the update information format of LibreOffice's Extension Manager
  const update = `<?xml version="1.0" encoding="UTF-8"?>
<description xmlns="http://openoffice.org/extensions/update/2006"
    xmlns:d="http://openoffice.org/extensions/description/2006"
    xmlns:xlink="http://www.w3.org/1999/xlink">
  <identifier value="${EXTENSION_ID}"/>
  <version value="${escapeXml(version)}"/>
  <update-download>
    <src xlink:href="${escapeXml(downloadUrl)}"/>
  </update-download>
</description>
`;
  const updateFile = join(dirname(out), basename(new URL(updateUrl).pathname) || 'etika-asn.update.xml');
  writeFileSync(updateFile, update);
  console.log(`${shown(updateFile)}: informasi pembaruan (${updateUrl} → ${downloadUrl})`);
}

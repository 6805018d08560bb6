// Builds dist/etika-asn.oxt: the Writer extension from office/libreoffice/, with the bundled
// language server (dist/server.js → server/server.js) and the rules beside it, so node on
// PATH is all the extension needs. Run after `npm run build` (npm run package:oxt does both).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const extensionDir = join(root, 'office', 'libreoffice');
const out = join(root, 'dist', 'etika-asn.oxt');
const serverJs = join(root, 'dist', 'server.js');

if (!existsSync(serverJs)) {
  console.error('dist/server.js belum ada: jalankan `npm run build` dahulu.');
  process.exit(1);
}

const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
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
files['description.xml'] = strToU8(
  readFileSync(join(extensionDir, 'description.xml'), 'utf8').replace(/(<version value=")[^"]*(")/, `$1${version}$2`),
);
files['server/server.js'] = readFileSync(serverJs);
// the shipped rules pre-validated by the build: the server starts without YAML or schema work
const ruleBundle = join(root, 'dist', 'builtin-rules.json');
if (existsSync(ruleBundle)) files['server/builtin-rules.json'] = readFileSync(ruleBundle);
addTree(join(root, 'rules'), 'rules');
// rule pages (codeDescription.href) when they have been generated
// the user guide (docs/panduan), shown by Help ▸ … and linked from the rule explanations
addTree(join(root, 'docs', 'panduan'), 'docs/panduan');
const ruleDocs = join(root, 'docs', 'rules');
if (existsSync(ruleDocs)) addTree(ruleDocs, 'docs/rules');

const zipped = zipSync(files, { level: 9 });
writeFileSync(out, zipped);
const count = Object.keys(files).length;
console.log(`${relative(root, out).split(sep).join('/')}: ${count} berkas, ${(zipped.length / 1024).toFixed(0)} KB (versi ${version})`);

// Writes the Word add-in manifest for the HTTPS address where an office hosts dist/word/:
//   npm run package:word -- --url https://intranet.example.go.id/etika-asn/word [--id GUID] [--support URL] [--out FILE]
// The id is stable by default (the same add-in across updates); pass --id for a separate deployment.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_ID = '6f3b1d2e-8c41-4a7e-9b5d-2e7a0c9f4b18';

function arg(name, short) {
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === name || argv[i] === short) return argv[i + 1];
    if (argv[i].startsWith(`${name}=`)) return argv[i].slice(name.length + 1);
  }
  return undefined;
}

function fail(message) {
  console.error(`package:word: ${message}`);
  process.exit(2);
}

const url = arg('--url', '-u');
if (!url) fail('give the HTTPS address where dist/word/ is hosted: npm run package:word -- --url https://host/path');
let base;
try {
  base = new URL(url);
} catch {
  fail(`not a URL: ${url}`);
}
// Office loads add-ins only over HTTPS; localhost is allowed for development
if (base.protocol !== 'https:') fail(`Office add-ins must be served over HTTPS: ${url}`);
const id = arg('--id') ?? DEFAULT_ID;
if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) fail(`--id must be a GUID: ${id}`);
const support = arg('--support') ?? `${base.href.replace(/\/$/, '')}/taskpane.html`;
const out = resolve(arg('--out') ?? join(ROOT, 'dist', 'word', 'manifest.xml'));
if (!existsSync(join(ROOT, 'dist', 'word', 'taskpane.js'))) fail('dist/word/ is not built: run `npm run build` first');

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
// Office wants a four-part version
const version = `${pkg.version.split('-')[0].split('.').concat('0', '0', '0').slice(0, 4).join('.')}`;
const xmlEscape = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);
const values = {
  BASE: base.href.replace(/\/$/, ''),
  ORIGIN: base.origin,
  ID: id,
  VERSION: version,
  SUPPORT: support,
};
const manifest = readFileSync(join(ROOT, 'office', 'word', 'manifest.template.xml'), 'utf8').replace(/\{\{(\w+)\}\}/g, (_, k) => {
  if (!(k in values)) fail(`unknown placeholder {{${k}}} in the template`);
  return xmlEscape(values[k]);
});
writeFileSync(out, manifest);
console.log(`package:word: ${out} (add-in ${id}, files at ${values.BASE}/)`);

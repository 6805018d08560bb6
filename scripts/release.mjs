// npm run release: builds every artefact an office installs from, into release/:
//   etika-asn-<v>.vsix (VS Code), etika-asn-<v>.oxt (LibreOffice Writer),
//   etika-asn-web-<v>.zip (offline web checker), etika-asn-word-<v>.zip (Word add-in files),
//   etika-asn-<v>.tgz (the CLI, npm pack), SHA256SUMS, and RELEASE-NOTES.md from CHANGELOG.md.
// Hosts that are not built in this checkout (no dist/web, no office/word) are reported, not faked.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'release');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const version = pkg.version;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
const log = (msg) => process.stderr.write(`[release] ${msg}\n`);
const argValue = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
};

/** Every file under dir as { 'prefix/relative/path': bytes }, sorted so zips are reproducible. */
function treeFiles(dir, prefix) {
  const files = {};
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[`${prefix}/${relative(dir, full).split(sep).join('/')}`] = readFileSync(full);
    }
  };
  walk(dir);
  return files;
}

/** The newest "## x.y.z" section of CHANGELOG.md, which must be this version's. */
export function releaseNotes(changelog, v) {
  const sections = changelog.split(/^## /m).slice(1);
  const mine = sections.find((s) => s.startsWith(`${v} `) || s.startsWith(`${v}\n`) || s.startsWith(`[${v}]`));
  if (!mine) throw new Error(`CHANGELOG.md has no section for version ${v}`);
  return `# Etika ASN ${v}\n\n${mine.slice(mine.indexOf('\n') + 1).trim()}\n`;
}

function main() {
  const notes = releaseNotes(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), version);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out);
  const made = [];
  const missing = [];

  log('VS Code extension (.vsix)');
  run(npm, ['run', '--silent', 'package']);
  const vsix = `${pkg.name}-${version}.vsix`;
  copyFileSync(join(root, vsix), join(out, vsix));
  made.push(vsix);

  log('LibreOffice Writer extension (.oxt)');
  run(npm, ['run', '--silent', 'package:oxt']);
  const oxt = `${pkg.name}-${version}.oxt`;
  copyFileSync(join(root, 'dist', 'etika-asn.oxt'), join(out, oxt));
  made.push(oxt);

  // the browser build is made by `npm run build` (package above ran it) when the web host exists
  const webDir = join(root, 'dist', 'web');
  if (existsSync(join(webDir, 'index.html'))) {
    const web = `${pkg.name}-web-${version}.zip`;
    writeFileSync(join(out, web), zipSync(treeFiles(webDir, `etika-asn-web-${version}`), { level: 9 }));
    made.push(web);
  } else missing.push('web checker (dist/web/index.html not built)');

  const wordDir = join(root, 'dist', 'word');
  if (existsSync(wordDir)) {
    // the manifest names where the files are hosted: Office's development address unless the
    // office gives its own (npm run release -- --word-url https://intranet/…, or package:word later)
    const wordUrl = argValue('--word-url') ?? process.env.ETIKA_ASN_WORD_URL ?? 'https://localhost:3000';
    run(process.execPath, [join(root, 'scripts', 'package-word.mjs'), '--url', wordUrl, '--out', join(wordDir, 'manifest.xml')]);
    const word = `${pkg.name}-word-${version}.zip`;
    writeFileSync(join(out, word), zipSync(treeFiles(wordDir, `etika-asn-word-${version}`), { level: 9 }));
    made.push(word);
  } else missing.push('Word add-in (dist/word not built)');

  log('command line (npm pack)');
  const packed = execFileSync(npm, ['pack', '--silent', '--pack-destination', out], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop();
  made.push(packed);

  writeFileSync(join(out, 'RELEASE-NOTES.md'), notes);
  made.push('RELEASE-NOTES.md');

  const sums = made
    .filter((f) => f !== 'RELEASE-NOTES.md')
    .map((f) => `${createHash('sha256').update(readFileSync(join(out, f))).digest('hex')}  ${f}`);
  writeFileSync(join(out, 'SHA256SUMS'), `${sums.join('\n')}\n`);

  for (const f of made) log(`${f}: ${(statSync(join(out, f)).size / 1024).toFixed(0)} KB`);
  for (const m of missing) log(`not included: ${m}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

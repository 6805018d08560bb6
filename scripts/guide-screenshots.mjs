// npm run screenshots:guide: the user guide's pictures (docs/panduan/gambar/) come from the
// real-editor tests, never by hand, so they show what the product shows today. It runs the
// tests that take them (VS Code in code-server, Writer under Xvfb, the web checker and the
// Word pane in Chromium) and copies their screenshots under the guide's names.
//   node scripts/guide-screenshots.mjs [--no-run]   (--no-run: copy what test-results/ holds)
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
const target = join(root, 'docs', 'panduan', 'gambar');

/** guide picture ← screenshot, grouped by the npm script that takes it */
const SHOTS = {
  'test:e2e': { 'vscode-diagnostik.png': 'vscode-diagnostics.png', 'vscode-hover.png': 'vscode-hover.png', 'vscode-ringkasan.png': 'vscode-summary.png' },
  'screenshot:office': { 'writer-menu.png': 'writer-etika-asn.png' },
  'test:web': { 'web-pemeriksa.png': 'web-checker.png', 'word-panel.png': 'word-taskpane.png' },
};

const run = !process.argv.includes('--no-run');
mkdirSync(target, { recursive: true });
const missing = [];
for (const [script, shots] of Object.entries(SHOTS)) {
  if (run) execFileSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  for (const [name, source] of Object.entries(shots)) {
    const from = join(results, source);
    if (!existsSync(from)) continue;
    // the guide ships in the .vsix (< 1 MB) and the .oxt: 720 px wide, a 16-colour palette (ImageMagick)
    try {
      execFileSync('convert', [from, '-resize', '720x>', '-dither', 'None', '-colors', '16', `PNG8:${join(target, name)}`]);
    } catch {
      console.error('ImageMagick (convert) not found: copying the screenshot at full size');
      copyFileSync(from, join(target, name));
    }
  }
  for (const [name, source] of Object.entries(shots)) {
    if (!existsSync(join(results, source))) missing.push(`${source} (${script})`);
  }
}
if (missing.length) {
  console.error(`screenshots not found: ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`docs/panduan/gambar: ${Object.values(SHOTS).reduce((n, s) => n + Object.keys(s).length, 0)} pictures`);

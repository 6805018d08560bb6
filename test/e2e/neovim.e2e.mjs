// Real-editor test in Neovim (Debian 0.7.2): our server over --stdio, attached to a buffer.
// Proves the server works in an LSP editor other than VS Code. Needs `npm run build` first.
//
//   node test/e2e/neovim.e2e.mjs
import { spawnSync, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT, hasCommand } from '../../scripts/e2e/code-server.mjs';

// ETIKA_E2E_FIXTURE: another workspace with the same two file names (e.g. extra rule folders).
const FIXTURE = process.env.ETIKA_E2E_FIXTURE || join(ROOT, 'examples', 'e2e-workspace');
const SIARAN = 'siaran-pers-ktp-keliling.siaran';
const CAPTION = 'caption-instagram.md';
const SERVER_JS = join(ROOT, 'dist', 'server.js');
const TIMEOUT_S = 90;

// Run from the file's folder: the CLI finds .etika-asn.yaml from its working directory.
function cli(argv, cwd, input) {
  try {
    return execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...argv], { cwd, input, encoding: 'utf8', timeout: 30_000 });
  } catch (e) {
    if (e.status === 1 && e.stdout) return e.stdout; // findings with severity error
    throw e;
  }
}

function applyEdits(text, edits) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p) => lineStarts[p.line] + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  }
  return out;
}

function main() {
  const t0 = Date.now();
  if (!hasCommand('nvim')) throw new Error('nvim not found: apt-get install neovim');
  if (!existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} missing: run \`npm run build\` first`);
  const base = mkdtempSync(join(tmpdir(), 'etika-asn-nvim-'));
  const workspace = join(base, 'workspace');
  cpSync(FIXTURE, workspace, { recursive: true });
  const siaran = join(workspace, SIARAN);
  const original = readFileSync(siaran, 'utf8');

  const findings = JSON.parse(cli(['check', '--format', 'json', siaran], dirname(siaran)));
  const nik = findings.find((f) => /nik/i.test(f.ruleId) && f.fixes?.length);
  if (!nik) throw new Error(`engine reports no NIK finding with a fix in ${SIARAN}: ${JSON.stringify(findings.map((f) => f.ruleId))}`);
  const captionFindings = JSON.parse(cli(['check', '--format', 'json', join(workspace, CAPTION)], workspace));
  const fix = nik.fixes.find((f) => f.preferred) ?? nik.fixes[0];
  const want = applyEdits(original, fix.edits);
  // verdict of the redacted text, from the CLI reading it on stdin in the workspace
  const verdict = JSON.parse(cli(['summary', '--format', 'json', '-'], workspace, want)).verdict;

  for (const d of ['xdg-data', 'xdg-state', 'xdg-config', 'xdg-cache']) mkdirSync(join(base, d));
  const res = spawnSync(
    'timeout',
    [
      '-k', '5', String(TIMEOUT_S),
      'nvim', '--headless', '-u', 'NONE', '-i', 'NONE', '-n',
      '-c', 'filetype on',
      '-c', `luafile ${join(ROOT, 'test', 'e2e', 'neovim-lsp.lua')}`,
      '-c', 'cquit 3', // reached only when the script raised a Lua error
    ],
    {
      cwd: workspace,
      encoding: 'utf8',
      env: {
        ...process.env,
        XDG_DATA_HOME: join(base, 'xdg-data'),
        XDG_STATE_HOME: join(base, 'xdg-state'),
        XDG_CONFIG_HOME: join(base, 'xdg-config'),
        XDG_CACHE_HOME: join(base, 'xdg-cache'),
        ETIKA_NODE: process.execPath,
        ETIKA_SERVER_JS: SERVER_JS,
        ETIKA_WORKSPACE: workspace,
        ETIKA_SIARAN: siaran,
        ETIKA_CAPTION: join(workspace, CAPTION),
        ETIKA_NIK_RULE: nik.ruleId,
        ETIKA_SIARAN_COUNT: String(findings.length),
        ETIKA_CAPTION_COUNT: String(captionFindings.length),
        ETIKA_FIX_TITLE: fix.title,
        ETIKA_VERDICT: verdict,
      },
    },
  );
  const output = `${res.stdout ?? ''}${res.stderr ?? ''}`;
  const problems = [];
  if (res.status === 124 || res.status === 137) problems.push(`nvim did not finish within ${TIMEOUT_S} s`);
  else if (res.status === 3) problems.push('the Lua script raised an error');
  else if (res.status !== 0) problems.push(`nvim exited with ${res.status ?? res.signal}`);
  const onDisk = readFileSync(siaran, 'utf8');
  if (res.status === 0 && onDisk !== want) problems.push(`the saved file is not the redacted text\nexpected:\n${want}\non disk:\n${onDisk}`);
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (problems.length) {
    console.error(output.trim());
    console.error(`FAIL neovim e2e in ${secs} s: ${problems.join('; ')}`);
    console.error(`workspace kept for inspection: ${base}`);
    process.exit(1);
  }
  console.log(output.trim());
  rmSync(base, { recursive: true, force: true });
  console.log(`PASS neovim e2e in ${secs} s (${nik.ruleId} redacted with "${fix.title}", verdict ${verdict})`);
}

try {
  main();
} catch (e) {
  console.error(`FAIL neovim e2e: ${e.message}`);
  process.exit(1);
}

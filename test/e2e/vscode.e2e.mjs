// Real-editor test: our packaged .vsix in code-server (VS Code 1.100, OSS build), driven
// headless through Debian's Chromium with playwright-core. Checks what a user sees.
//
//   node test/e2e/vscode.e2e.mjs [--vsix FILE]
//
// Expectations come from the CLI on the same workspace files (same engine, same rules),
// so the test checks that the editor shows what the engine finds, not a copy of it.
// Every wait is bounded; code-server and Chromium are always stopped.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import {
  ROOT,
  ensureCodeServer,
  installExtension,
  makeProfile,
  sleep,
  startCodeServer,
} from '../../scripts/e2e/code-server.mjs';

const RUN_TIMEOUT_MS = 240_000;
const STEP_TIMEOUT_MS = 30_000;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// ETIKA_E2E_FIXTURE: another workspace with the same two file names (e.g. extra rule folders).
const FIXTURE = process.env.ETIKA_E2E_FIXTURE || join(ROOT, 'examples', 'e2e-workspace');
const SIARAN = 'siaran-pers-ktp-keliling.siaran';
const CAPTION = 'caption-instagram.md';
const RESULTS = join(ROOT, 'test-results');

const args = process.argv.slice(2);
const argValue = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

function findVsix() {
  const explicit = argValue('--vsix') || process.env.ETIKA_E2E_VSIX;
  if (explicit) return resolve(explicit);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const candidates = [join(ROOT, `${pkg.name}-${pkg.version}.vsix`), join(ROOT, 'dist', `${pkg.name}-${pkg.version}.vsix`)];
  const found = candidates.find(existsSync);
  if (!found) throw new Error(`no .vsix found (${candidates.join(', ')}); run \`npm run package\` first`);
  return found;
}

// ---- expectations from the CLI -------------------------------------------------------

// Run from the file's folder: the CLI finds .etika-asn.yaml from its working directory.
function cli(argv, cwd) {
  try {
    return execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...argv], { cwd, encoding: 'utf8', timeout: 30_000 });
  } catch (e) {
    // exit code 1 = findings with severity error; the JSON is still on stdout
    if (e.status === 1 && e.stdout) return e.stdout;
    throw e;
  }
}

function expectedFindings(file) {
  return JSON.parse(cli(['check', '--format', 'json', file], dirname(file)));
}

function expectedVerdict(file) {
  return JSON.parse(cli(['summary', '--format', 'json', file], dirname(file))).verdict;
}

/** Applies LSP-style edits (line/character) to a text, last edit first. */
function applyEdits(text, edits) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p) => lineStarts[p.line] + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

// Hook for proving this driver against a stand-in extension before ours exists.
function loadExpectations(workspace) {
  if (process.env.ETIKA_E2E_EXPECTATIONS) {
    return JSON.parse(readFileSync(process.env.ETIKA_E2E_EXPECTATIONS, 'utf8'));
  }
  const siaran = expectedFindings(join(workspace, SIARAN));
  const caption = expectedFindings(join(workspace, CAPTION));
  const nik = siaran.find((f) => /nik/i.test(f.ruleId) && f.fixes?.length);
  if (!nik) throw new Error(`engine reports no NIK finding with a fix in ${SIARAN}: ${JSON.stringify(siaran.map((f) => f.ruleId))}`);
  // The rule's title is in our hover, not in the diagnostic's message: proves the hover provider.
  const rule = JSON.parse(cli(['rules', '--format', 'json'], workspace)).find((r) => r.id === nik.ruleId);
  return { siaran, caption, nik, nikTitle: rule?.title ?? nik.ruleId, nikFix: nik.fixes.find((f) => f.preferred) ?? nik.fixes[0] };
}

// ---- what the installed extension contributes ------------------------------------------

function manifestOf(profile) {
  const dir = readdirSync(profile.extensions).find((d) => /^etika-asn\.etika-asn-/.test(d));
  if (!dir) throw new Error(`extension not found in ${profile.extensions}: ${readdirSync(profile.extensions)}`);
  const extDir = join(profile.extensions, dir);
  const pkg = JSON.parse(readFileSync(join(extDir, 'package.json'), 'utf8'));
  const nlsFile = join(extDir, 'package.nls.json');
  const nls = existsSync(nlsFile) ? JSON.parse(readFileSync(nlsFile, 'utf8')) : {};
  const localize = (s) => {
    const m = typeof s === 'string' && /^%(.+)%$/.exec(s);
    if (!m) return s;
    const v = nls[m[1]];
    return typeof v === 'string' ? v : v?.message;
  };
  const commands = pkg.contributes?.commands ?? [];
  const summary = commands.find((c) => /summary|ringkasan/i.test(c.command));
  if (!summary) throw new Error(`no summary command in the manifest: ${commands.map((c) => c.command)}`);
  const paletteTitle = (c) => (c.category ? `${localize(c.category)}: ${localize(c.title)}` : localize(c.title));
  const grammar = (pkg.contributes?.grammars ?? []).find((g) => g.language === 'siaran-pers');
  if (!grammar) throw new Error('no siaran-pers grammar in the manifest');
  const grammarJson = JSON.parse(readFileSync(join(extDir, grammar.path), 'utf8'));
  // a "name" may hold several scopes separated by spaces
  const headingScopes = [...JSON.stringify(grammarJson).matchAll(/"name"\s*:\s*"([^"]*)"/g)]
    .flatMap((m) => m[1].split(/\s+/))
    .filter((scope) => scope.includes('heading'));
  if (!headingScopes.length) throw new Error(`the siaran-pers grammar names no heading scope (${grammar.path})`);
  return { summaryTitle: paletteTitle(summary), headingScopes, scopeName: grammar.scopeName };
}

// ---- driving the workbench ---------------------------------------------------------------

let currentStep = 'start';
const timings = [];

async function step(name, fn) {
  currentStep = name;
  const t0 = Date.now();
  const result = await fn();
  timings.push(`${name} ${Date.now() - t0} ms`);
  return result;
}

async function until(what, fn, timeoutMs = STEP_TIMEOUT_MS, everyMs = 200) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
    await sleep(everyMs);
  }
}

/** Presses keys until the widget is visible: a key press right after load can be lost. */
async function pressUntilVisible(page, keys, selector, timeoutMs = 15_000) {
  const widget = page.locator(selector).first();
  await until(`${selector} after ${keys}`, async () => {
    if (await widget.isVisible()) return true;
    await page.keyboard.press(keys);
    await widget.waitFor({ state: 'visible', timeout: 1_500 }).catch(() => {});
    return widget.isVisible();
  }, timeoutMs, 0);
  return widget;
}

async function quickInput(page, keys, text, rowText) {
  const widget = await pressUntilVisible(page, keys, '.quick-input-widget');
  const input = widget.locator('input').first();
  await input.fill(text);
  // Enter only once the wanted row is there, else Enter picks whatever was first.
  const row = widget.locator('.monaco-list-row', { hasText: rowText }).first();
  await row.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await until(`"${rowText}" to be the focused row`, async () => {
    const focused = await widget.locator('.monaco-list-row.focused').first().textContent().catch(() => '');
    return focused.includes(rowText);
  }, 10_000);
  await page.keyboard.press('Enter');
  await widget.waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {});
}

async function openFile(page, name) {
  await quickInput(page, 'Control+P', name, name);
  await page.locator(`.tab.active[aria-label*="${name}"]`).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor({ timeout: STEP_TIMEOUT_MS });
}

async function runCommand(page, title) {
  await quickInput(page, 'F1', `>${title}`, title);
}

/** Moves the cursor with Go to Line (1-based line and column). */
async function goTo(page, line, column) {
  await quickInput(page, 'Control+G', `:${line}:${column}`, `${line}`);
  await sleep(150);
}

const activeEditor = (page) => page.locator('.editor-group-container.active .monaco-editor').first();

async function squiggleCounts(page) {
  const ed = activeEditor(page);
  return {
    error: await ed.locator('.squiggly-error').count(),
    warning: await ed.locator('.squiggly-warning').count(),
    info: await ed.locator('.squiggly-info').count(),
  };
}

function bySeverity(findings) {
  const c = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of findings) c[f.severity === 'information' ? 'info' : f.severity]++;
  return c;
}

/** Numbers shown by the Problems item in the status bar: errors, warnings (and infos). */
async function problemsStatus(page) {
  const text = (await page.locator('#status\\.problems').first().innerText()).trim();
  const [errors = 0, warnings = 0, infos = 0] = (text.match(/\d+/g) ?? []).map(Number);
  return { text, errors, warnings, infos };
}

async function textOfAllFrames(page) {
  const parts = [];
  for (const frame of page.frames()) {
    parts.push(await frame.evaluate(() => document.body?.innerText ?? '').catch(() => ''));
  }
  return parts.join('\n');
}

async function describePage(page) {
  const out = [];
  out.push(`URL: ${page.url()}`);
  const wb = await page.locator('.monaco-workbench').first().innerText({ timeout: 2_000 }).catch(() => '(no workbench)');
  out.push(`Workbench text:\n${wb.slice(0, 4_000)}`);
  const toasts = await page.locator('.notification-toast').allInnerTexts().catch(() => []);
  if (toasts.length) out.push(`Notifications:\n${toasts.join('\n---\n')}`);
  const status = await page.locator('.statusbar-item').allInnerTexts().catch(() => []);
  out.push(`Status bar: ${status.filter(Boolean).join(' | ')}`);
  const hovers = await page.locator('.monaco-hover').allInnerTexts().catch(() => []);
  if (hovers.some(Boolean)) out.push(`Hover: ${hovers.join(' | ')}`);
  return out.join('\n');
}

// ---- the test -------------------------------------------------------------------------

async function run(ctx, entry) {
  const vsix = findVsix();
  ctx.profile = makeProfile();
  const workspace = join(ctx.profile.base, 'workspace');
  cpSync(FIXTURE, workspace, { recursive: true });
  const siaranPath = join(workspace, SIARAN);
  const originalSiaran = readFileSync(siaranPath, 'utf8');
  const expected = loadExpectations(workspace);

  await step('install extension', () => installExtension(entry, ctx.profile, vsix));
  const manifest = manifestOf(ctx.profile);

  ctx.server = await step('start code-server', () => startCodeServer(entry, ctx.profile));
  ctx.browser = await step('launch chromium', () =>
    chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      timeout: STEP_TIMEOUT_MS,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    }),
  );
  const context = await ctx.browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = (ctx.page = await context.newPage());
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  page.on('console', (m) => m.type() === 'error' && ctx.consoleErrors.push(m.text()));

  await step('load workbench', async () => {
    await page.goto(`${ctx.server.url}/?folder=${encodeURIComponent(workspace)}`, { timeout: STEP_TIMEOUT_MS });
    await page.locator('.monaco-workbench').waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: STEP_TIMEOUT_MS }).catch(() => {});
  });

  // 1. squiggles in the press release, one per finding the engine reports
  const siaranSev = bySeverity(expected.siaran);
  await step('siaran: squiggles', async () => {
    await openFile(page, SIARAN);
    await until(`squiggles ${JSON.stringify(siaranSev)} in ${SIARAN}`, async () => {
      const c = await squiggleCounts(page);
      return c.error >= siaranSev.error && c.warning >= siaranSev.warning && c.info >= siaranSev.info && c.error + c.warning + c.info > 0;
    });
  });

  // 2. status bar item of the extension shows the active document's state
  await step('status bar item', async () => {
    const item = page.locator('.statusbar-item', { hasText: /Etika ASN/i }).first();
    await until('the Etika ASN status bar item to show the problem count', async () => {
      const text = await item.innerText();
      ctx.statusText = text;
      const n = expected.siaran.length;
      return n > 0 ? new RegExp(`\\b${n}\\b`).test(text) : /layak/i.test(text);
    });
  });

  // 3. hover on the NIK: the rule's explanation with the regulation basis
  const nikStart = expected.nik.range.start;
  await step('hover with basis', async () => {
    await goTo(page, nikStart.line + 1, nikStart.character + 2);
    const hover = page.locator('.monaco-hover:visible');
    await until('hover with the rule title and the regulation basis', async () => {
      if (!(await hover.count())) {
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        await hover.first().waitFor({ state: 'visible', timeout: 2_000 }).catch(() => {});
      }
      const text = (await hover.allInnerTexts()).join('\n');
      ctx.hoverText = text;
      return text.includes(expected.nik.basis) && text.includes(expected.nikTitle);
    });
    await page.screenshot({ path: join(RESULTS, 'vscode-hover.png') });
    await page.keyboard.press('Escape');
  });

  // 4. grammar: the heading gets the siaran-pers heading scope and a colour of its own
  await step('grammar colours the heading', async () => {
    await goTo(page, 1, 3);
    await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
    const widget = page.locator('.token-inspect-widget').first();
    await widget.waitFor({ state: 'visible' });
    const text = await until('token inspector to show the scopes', async () => {
      const t = await widget.innerText();
      return /siaran-pers/.test(t) && t;
    });
    ctx.tokenText = text;
    if (!manifest.headingScopes.some((s) => text.includes(s))) {
      throw new Error(`heading token has none of the grammar's heading scopes ${manifest.headingScopes}: ${text}`);
    }
    await page.keyboard.press('Escape');
    const colours = await activeEditor(page).evaluate((ed) => {
      const spans = [...ed.querySelectorAll('.view-lines .view-line span span')];
      const colour = (re) => {
        const s = spans.find((x) => re.test(x.textContent));
        return s ? getComputedStyle(s).color : null;
      };
      return { heading: colour(/SIARAN\sPERS/), body: colour(/Dinas\sKependudukan/) };
    });
    if (!colours.heading || colours.heading === colours.body) {
      throw new Error(`heading is not coloured apart from body text: ${JSON.stringify(colours)}`);
    }
  });

  // 5. the Markdown caption is checked too
  const captionSev = bySeverity(expected.caption);
  await step('caption: squiggles', async () => {
    await openFile(page, CAPTION);
    await until(`squiggles ${JSON.stringify(captionSev)} in ${CAPTION}`, async () => {
      const c = await squiggleCounts(page);
      return c.error >= captionSev.error && c.warning >= captionSev.warning && c.info >= captionSev.info && c.error + c.warning + c.info > 0;
    });
  });

  // 6. Problems: the status count and the panel list every finding of both files
  const all = [...expected.siaran, ...expected.caption];
  const allSev = bySeverity(all);
  await step('problems panel', async () => {
    await until(`Problems count ${allSev.error} errors, ${allSev.warning} warnings`, async () => {
      const s = await problemsStatus(page);
      ctx.problemsText = s.text;
      return s.errors === allSev.error && s.warnings === allSev.warning;
    });
    await openFile(page, SIARAN);
    const panel = await pressUntilVisible(page, 'Control+Shift+M', '.markers-panel');
    await until('every finding in the Problems panel', async () => {
      const text = (await panel.locator('.monaco-list-row').allInnerTexts()).join('\n');
      ctx.panelText = text;
      return all.every((f) => text.includes(f.message.slice(0, 40)));
    });
    await sleep(300); // let the panel finish its layout before the picture
    await page.screenshot({ path: join(RESULTS, 'vscode-diagnostics.png') });
  });

  // 7. the quick fix that redacts the NIK changes only its range
  await step('quick fix redacts the NIK', async () => {
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
    await goTo(page, nikStart.line + 1, nikStart.character + 2);
    const menu = await pressUntilVisible(page, 'Control+.', '.action-widget');
    const row = menu.locator('.monaco-list-row', { hasText: expected.nikFix.title }).first();
    await row.waitFor({ state: 'visible' });
    // The menu sits under a pointer block, so pick the row with the keyboard.
    await until(`"${expected.nikFix.title}" focused in the quick fix menu`, async () => {
      const focused = (await menu.locator('.monaco-list-row.focused').first().getAttribute('aria-label').catch(() => '')) ?? '';
      if (focused.includes(expected.nikFix.title)) return true;
      await page.keyboard.press('ArrowDown');
      return false;
    }, 10_000, 100);
    await page.keyboard.press('Enter');
    await menu.waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {});
    const want = applyEdits(originalSiaran, expected.nikFix.edits);
    await until('the redacted press release on disk', async () => {
      await page.keyboard.press('Control+S');
      await sleep(300);
      return readFileSync(siaranPath, 'utf8') === want;
    }, 15_000, 500).catch((e) => {
      throw new Error(`${e.message}\nexpected:\n${want}\non disk:\n${readFileSync(siaranPath, 'utf8')}`);
    });
    await until('one squiggle fewer after the fix', async () => {
      const c = await squiggleCounts(page);
      return c.error + c.warning + c.info < siaranSev.error + siaranSev.warning + siaranSev.info;
    });
  });

  // 8. the compliance summary command opens a view with the verdict
  const verdict = process.env.ETIKA_E2E_EXPECTATIONS ? expected.verdictAfterFix : expectedVerdict(siaranPath);
  await step('compliance summary', async () => {
    await runCommand(page, manifest.summaryTitle);
    await until(`the summary view with "${verdict}"`, async () => {
      const text = await textOfAllFrames(page);
      const m = text.match(/(TIDAK LAYAK TERBIT|PERLU REVISI|LAYAK TERBIT)/);
      ctx.verdictSeen = m?.[1];
      return m?.[1] === verdict;
    });
    await page.screenshot({ path: join(RESULTS, 'vscode-summary.png') });
  });
}

async function main() {
  mkdirSync(RESULTS, { recursive: true });
  rmSync(join(RESULTS, 'vscode-failure.png'), { force: true }); // a stale one would mislead
  const ctx = (activeRun = { consoleErrors: [] });
  const t0 = Date.now();
  let failure;
  let timer;
  try {
    // The one-time install (about a minute, bounded by its own timeout) is not part of the run.
    const entry = await step('install code-server', () => ensureCodeServer());
    await Promise.race([
      run(ctx, entry),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`whole run took over ${RUN_TIMEOUT_MS} ms`)), RUN_TIMEOUT_MS);
      }),
    ]);
  } catch (e) {
    failure = e;
  } finally {
    clearTimeout(timer);
  }
  if (failure) {
    console.error(`\nFAIL vscode e2e at step "${currentStep}": ${failure.stack || failure}`);
    if (ctx.page) {
      const shot = join(RESULTS, 'vscode-failure.png');
      await ctx.page.screenshot({ path: shot, timeout: 5_000 }).then(() => console.error(`screenshot: ${shot}`), () => {});
      console.error(await describePage(ctx.page).catch((e) => `(page not readable: ${e.message})`));
    }
    for (const k of ['statusText', 'problemsText', 'hoverText', 'tokenText', 'panelText', 'verdictSeen']) {
      if (ctx[k] !== undefined) console.error(`${k}: ${ctx[k]}`);
    }
    if (ctx.consoleErrors.length) console.error(`browser console errors:\n${ctx.consoleErrors.slice(-10).join('\n')}`);
    if (ctx.server) console.error(`code-server output (tail):\n${ctx.server.output().slice(-3_000)}`);
  }
  await ctx.browser?.close().catch(() => {});
  await ctx.server?.stop();
  if (ctx.profile && !failure) rmSync(ctx.profile.base, { recursive: true, force: true });
  else if (ctx.profile) console.error(`profile kept for inspection: ${ctx.profile.base}`);
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`${failure ? 'FAIL' : 'PASS'} vscode e2e in ${secs} s (${timings.join(', ')})`);
  if (!failure) console.log(`screenshots: ${['vscode-diagnostics.png', 'vscode-hover.png', 'vscode-summary.png'].map((f) => join('test-results', f)).join(', ')}`);
  process.exit(failure ? 1 : 0);
}

let activeRun;
// Interrupted: kill code-server's process group before leaving (Chromium dies with us).
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    if (activeRun?.server?.pid) {
      try {
        process.kill(-activeRun.server.pid, 'SIGKILL');
      } catch {}
    }
    process.exit(130);
  });
}
main();

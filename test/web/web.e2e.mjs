// The offline web checker (dist/web/index.html) in Debian's Chromium, opened from file:// as a
// press officer would open it: paste, highlights, selecting a finding, one fix, all safe fixes,
// redaction, the summary and its export, settings kept across reloads, English, opening .docx and
// .odt — compared with the CLI on the same text. Every request the page makes must be file://
// (or its own origin when served by `npm run web`); a 10-page release is timed (printed, not asserted).
//   node test/web/web.e2e.mjs
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { check, cli, launch, RESULTS, ROOT, summary, tempDir } from './browser.mjs';

const PAGE = pathToFileURL(join(ROOT, 'dist', 'web', 'index.html')).href;
const RELEASE = readFileSync(join(ROOT, 'examples', 'siaran-pers-bermasalah.siaran'), 'utf8');

const work = tempDir('etika-web-e2e-');
const expectedFor = (text, name = 'naskah.txt', config) => {
  writeFileSync(join(work, name), text);
  if (config) writeFileSync(join(work, '.etika-asn.yaml'), config);
  try {
    return JSON.parse(cli(['check', '--show-personal-data', '--format', 'json', name], work));
  } finally {
    if (config) writeFileSync(join(work, '.etika-asn.yaml'), '');
  }
};
const offsetOf = (text, pos) => {
  let line = 0;
  let i = 0;
  while (line < pos.line) {
    i = text.indexOf('\n', i) + 1;
    line++;
  }
  return i + pos.character;
};
const applyEdits = (text, edits) => {
  let out = text;
  for (const e of [...edits].sort((a, b) => offsetOf(text, b.range.start) - offsetOf(text, a.range.start))) {
    out = out.slice(0, offsetOf(text, e.range.start)) + e.newText + out.slice(offsetOf(text, e.range.end));
  }
  return out;
};

const browser = await launch();
const page = await browser.context.newPage();
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(String(e)));
page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
// anything not local is refused before it leaves (and the check below fails on it)
await browser.context.route(/^(?!file:|data:|blob:|http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());

const loadStarted = Date.now();
await page.goto(PAGE);
await page.waitForSelector('body[data-ready=true]');
const loadMs = Date.now() - loadStarted;

const textarea = page.locator('#text');
const checks = async () => Number((await page.getAttribute('body', 'data-checks')) ?? 0);
/** Types text as a paste would (one input event) and waits for the check it triggers. */
async function paste(text) {
  const before = await checks();
  await textarea.fill(text);
  await page.waitForFunction((n) => Number(document.body.dataset.checks) > n, before);
}
const shownFindings = () =>
  page.$$eval('li.finding', (lis) => lis.map((li) => ({ index: Number(li.dataset.index), ruleId: li.dataset.rule, match: li.querySelector('q.match').textContent })));
const key = (f) => `${f.ruleId}|${f.match}`;

console.log('web checker (file://)');

await check('the page carries a strict Content-Security-Policy and it blocks requests', async () => {
  const csp = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /connect-src 'none'/);
  assert.match(csp, /script-src 'self'(;|$)/);
  const blocked = await page.evaluate(() => fetch('https://example.invalid/x').then(() => 'sent', () => 'blocked'));
  assert.equal(blocked, 'blocked');
});

await check('an empty page claims nothing: no "clean" message, no verdict', async () => {
  assert.equal(await page.textContent('#findings'), 'Belum ada teks untuk diperiksa.');
  assert.equal(await page.locator('.verdict').count(), 0);
});

const expected = expectedFor(RELEASE);
await check('pasting a press release shows the findings the CLI finds (insult, NIK, campaign call)', async () => {
  await paste(RELEASE);
  const shown = await shownFindings();
  assert.deepEqual(shown.map(key).sort(), expected.map(key).sort());
  for (const id of ['kesantunan/kata-kasar', 'data-pribadi/nik', 'netralitas/ajakan-coblos-calon']) assert.ok(shown.some((f) => f.ruleId === id), `${id} missing`);
  assert.ok(expected.length >= 10, `${expected.length}`);
  // grouped by category, with message, basis and suggestion
  const categories = await page.$$eval('details.category', (ds) => ds.map((d) => d.dataset.category));
  assert.deepEqual([...new Set(categories)].sort(), [...new Set(expected.map((f) => f.category))].sort());
  const first = page.locator('li.finding').first();
  assert.match(await first.locator('.basis').textContent(), /Dasar: \S/);
});

await check('each finding is highlighted over its own text, coloured by severity', async () => {
  const marks = await page.$$eval('#highlights mark', (ms) => ms.map((m) => ({ text: m.textContent, cls: m.className, ids: m.dataset.findings.split(' ').map(Number) })));
  const shown = await shownFindings();
  for (const f of shown) {
    const e = expected.find((x) => key(x) === key(f));
    const covered = marks.filter((m) => m.ids.includes(f.index)).map((m) => m.text).join('');
    assert.equal(covered, RELEASE.slice(offsetOf(RELEASE, e.range.start), offsetOf(RELEASE, e.range.end)), key(f));
  }
  assert.ok(marks.some((m) => m.cls.includes('sev-error')));
  assert.ok(marks.some((m) => m.cls.includes('sev-warning')));
  // the highlight layer lines up with the text the user edits
  const [a, b] = await page.evaluate(() => [document.querySelector('#highlights').textContent.replace(/\u200b$/, ''), document.querySelector('#text').value]);
  assert.equal(a, b);
});
await page.screenshot({ path: join(RESULTS, 'web-checker.png') });

const nik = expected.find((f) => f.ruleId === 'data-pribadi/nik');
await check('clicking a finding selects its text in the editor', async () => {
  const li = page.locator('li.finding[data-rule="data-pribadi/nik"]');
  await li.click();
  const sel = await page.evaluate(() => [document.querySelector('#text').selectionStart, document.querySelector('#text').selectionEnd]);
  assert.deepEqual(sel, [offsetOf(RELEASE, nik.range.start), offsetOf(RELEASE, nik.range.end)]);
  assert.equal(await page.locator('#highlights mark.selected').first().textContent(), nik.match);
});

await check('applying the NIK fix changes only the number', async () => {
  const before = await checks();
  await page.locator('li.finding[data-rule="data-pribadi/nik"] button.apply').click();
  await page.waitForFunction((n) => Number(document.body.dataset.checks) > n, before);
  const value = await textarea.inputValue();
  const fix = nik.fixes.find((f) => f.preferred) ?? nik.fixes[0];
  assert.equal(value, applyEdits(RELEASE, fix.edits));
  assert.ok(!value.includes(nik.match));
  assert.ok(!(await shownFindings()).some((f) => f.ruleId === 'data-pribadi/nik'));
  // the browser's own undo brings the number back
  await textarea.focus();
  await page.keyboard.press('Control+z');
  await page.waitForFunction((t) => document.querySelector('#text').value === t, RELEASE);
});

await check('all safe fixes at once give what `etika-asn check --fix` writes', async () => {
  await paste(RELEASE);
  writeFileSync(join(work, 'fix.txt'), RELEASE);
  cli(['check', '--fix', '--format', 'json', 'fix.txt'], work);
  const before = await checks();
  await page.click('[data-action=fix-safe]');
  await page.waitForFunction((n) => Number(document.body.dataset.checks) > n, before);
  assert.equal(await textarea.inputValue(), readFileSync(join(work, 'fix.txt'), 'utf8'));
});

await check('redaction uses the chosen style and touches only personal data', async () => {
  await paste(RELEASE);
  await page.selectOption('#redaction', 'partial');
  await page.waitForFunction(() => Number(document.body.dataset.checks) > 0);
  const partial = expectedFor(RELEASE, 'partial.txt', 'redaction: partial\n');
  const edits = partial.filter((f) => f.category === 'data-pribadi').flatMap((f) => f.fixes.find((x) => x.kind === 'redact')?.edits ?? []);
  assert.ok(edits.length >= 2);
  await page.click('[data-action=redact]');
  await page.waitForFunction((t) => document.querySelector('#text').value !== t, RELEASE);
  assert.equal(await textarea.inputValue(), applyEdits(RELEASE, edits));
  await page.selectOption('#redaction', 'label');
});

await check('the summary shows the CLI verdict, the per-category chart and the checklist', async () => {
  await paste(RELEASE);
  const cliSummary = JSON.parse(cli(['summary', '--format', 'json', 'naskah.txt'], work));
  await page.click('#tab-summary');
  assert.equal(await page.getAttribute('.verdict', 'data-verdict'), cliSummary.verdict);
  const bars = await page.$$eval('svg.chart rect.chart-bar', (rs) => rs.map((r) => r.dataset.category));
  assert.deepEqual(bars.sort(), Object.entries(cliSummary.counts.byCategory).filter(([, n]) => n > 0).map(([c]) => c).sort());
  const values = await page.$$eval('svg.chart text.chart-value', (ts) => ts.map((t) => Number(t.textContent)));
  assert.deepEqual(values, Object.values(cliSummary.counts.byCategory));
  const items = await page.$$eval('li.check', (ls) => ls.map((l) => [l.dataset.check, l.className.replace('check ', '')]));
  assert.deepEqual(items, cliSummary.checklist.map((c) => [c.id, c.ok === null ? 'na' : c.ok ? 'ok' : 'bad']));
  await page.screenshot({ path: join(RESULTS, 'web-summary.png') });
});

await check('the summary exports as the CLI renders it (HTML) and prints to PDF', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=export-html]')]);
  const file = join(RESULTS, 'web-summary.html');
  await download.saveAs(file);
  assert.equal(readFileSync(file, 'utf8'), cli(['summary', '--format', 'html', 'naskah.txt'], work));
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ path: join(RESULTS, 'web-summary.pdf'), format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  assert.ok(pdf.length > 5000 && pdf.subarray(0, 5).toString() === '%PDF-');
  await page.click('#tab-findings');
});

await check('the text copies to the clipboard', async () => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.click('[data-action=copy]');
  await page.waitForSelector('#toast.show');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), RELEASE);
});

await check('the text downloads as .txt', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=download-txt]')]);
  assert.equal(download.suggestedFilename(), 'naskah.txt');
  const file = join(work, 'downloaded.txt');
  await download.saveAs(file);
  assert.equal(readFileSync(file, 'utf8'), RELEASE);
});

await check('settings (a category off, redaction style) are kept in localStorage across reloads', async () => {
  await page.click('[data-action=settings]');
  await page.locator('details.rule-group').first().waitFor();
  await page.selectOption('select[data-rule="kesantunan"]', 'off');
  await page.selectOption('#settings-redaction', 'initials');
  await page.screenshot({ path: join(RESULTS, 'web-settings.png') });
  await page.click('[data-action=close-settings]');
  await page.reload();
  await page.waitForSelector('body[data-ready=true]');
  await paste(RELEASE);
  const shown = await shownFindings();
  const off = expectedFor(RELEASE, 'off.txt', 'rules:\n  kesantunan: off\nredaction: initials\n');
  assert.deepEqual(shown.map(key).sort(), off.map(key).sort());
  assert.ok(!shown.some((f) => f.ruleId.startsWith('kesantunan/')));
  assert.equal(await page.inputValue('#redaction'), 'initials');
  await page.click('[data-action=settings]');
  await page.click('[data-action=reset-settings]');
  await page.click('[data-action=close-settings]');
});

await check('the interface switches to English and back', async () => {
  await page.selectOption('#lang', 'en');
  assert.match(await page.textContent('#tab-findings'), /^Findings/);
  assert.equal(await page.textContent('[data-action=fix-safe]'), 'Apply all safe fixes');
  await page.selectOption('#lang', 'id');
  assert.match(await page.textContent('#tab-findings'), /^Temuan/);
});

for (const name of ['siaran-pers.docx', 'siaran-pers.odt']) {
  await check(`opening ${name} reads it as the CLI does`, async () => {
    const before = await checks();
    await page.setInputFiles('#file', join(ROOT, 'examples', 'office', name));
    await page.waitForFunction((n) => Number(document.body.dataset.checks) > n, before);
    const want = JSON.parse(cli(['check', '--show-personal-data', '--format', 'json', join(ROOT, 'examples', 'office', name)], work));
    assert.ok(want.length > 0);
    assert.deepEqual((await shownFindings()).map(key).sort(), want.map(key).sort());
    // placed by paragraph, as the CLI reports word-processor files
    const places = await page.$$eval('li.finding .where', (ws) => ws.map((w) => w.textContent));
    assert.deepEqual(places.map((p) => Number(p.replace('paragraf ', ''))).sort((a, b) => a - b), want.map((f) => f.paragraph).sort((a, b) => a - b));
  });
}

// ---- timing: a 10-page press release (printed, not asserted) ----
const paragraphs = RELEASE.split('\n\n');
const clean = readFileSync(join(ROOT, 'test', 'fixtures', 'clean', 'berita-umum.txt'), 'utf8').split('\n\n');
const pages = [];
for (let i = 0; pages.join('\n\n').split(/\s+/).length < 4000; i++) pages.push(i % 4 === 0 ? paragraphs[(i / 4) % paragraphs.length] : clean[i % clean.length]);
const tenPages = pages.join('\n\n');
await page.reload();
await page.waitForSelector('body[data-ready=true]');
await page.waitForSelector('body[data-warm-ms]');
const warmMs = Number(await page.getAttribute('body', 'data-warm-ms'));
const started = await page.evaluate(() => performance.now());
await paste(tenPages);
const checkMs = Number(await page.getAttribute('body', 'data-check-ms'));
const found = (await shownFindings()).length;
const wall = (await page.evaluate(() => performance.now())) - started;
console.log(`  benchmark: 10-page release (${tenPages.split(/\s+/).length} words, ${tenPages.length} chars, ${found} findings): check+render ${checkMs.toFixed(1)} ms after load (${wall.toFixed(0)} ms including the 120 ms typing pause); page load ${loadMs} ms; warm-up on the sample while idle after load ${warmMs.toFixed(0)} ms`);
await check('the 10-page release gets the CLI findings too', async () => {
  assert.equal(found, expectedFor(tenPages, 'ten.txt').length);
});

// ---- the same page from `npm run web` (a static server on 127.0.0.1) ----
const server = spawn(process.execPath, [join(ROOT, 'scripts', 'serve-web.mjs'), '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
try {
  const origin = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start')), 15_000);
    server.stdout.on('data', (d) => {
      const m = /http:\/\/127\.0\.0\.1:\d+/.exec(String(d));
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    });
  });
  await check('served by `npm run web` on 127.0.0.1 it works the same, from its own origin only', async () => {
    const served = await browser.context.newPage();
    await served.goto(`${origin}/`);
    await served.waitForSelector('body[data-ready=true]');
    await served.locator('#text').fill(RELEASE);
    await served.waitForFunction(() => Number(document.body.dataset.checks) > 1);
    assert.equal(await served.locator('li.finding').count(), expected.length);
    const res = await served.request.get(`${origin}/../../package.json`);
    assert.equal(res.status(), 404);
    await served.close();
  });
  await check('the server answers nothing outside dist/web and dist/word', async () => {
    for (const p of ['/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/word/../../package.json']) {
      const r = await fetch(origin + p);
      assert.equal(r.status, 404, p);
    }
  });
} finally {
  server.kill();
}

await check('no request left the page: every one was file:// or the local server', async () => {
  const outside = browser.requests.filter((u) => !/^(file:|data:|blob:|http:\/\/127\.0\.0\.1[:/])/.test(u));
  assert.deepEqual(outside, []);
  assert.ok(browser.requests.some((u) => u.startsWith('file:')));
});
// (the CSP check above provokes two console errors on purpose)
await check('no script errors on the page', async () => assert.deepEqual(pageErrors.filter((e) => !e.includes('example.invalid')), []));

await browser.close();
process.exitCode = summary('web');

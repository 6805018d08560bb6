// The Word task pane (dist/word/taskpane.html) in Debian's Chromium against the Word stand-in
// (test/web/word-standin.js), which answers in place of Microsoft's office.js URL: nothing goes
// out. A press release with an insult, a NIK and a campaign call, in body paragraphs, a table
// cell and a header: the findings are the CLI's; a click selects the finding's own range; the
// NIK fix changes only the number (as a tracked change, keeping its formatting); comments are
// added and only ours removed; squiggles are drawn; an edit in Word triggers a re-check; and with
// only WordApi 1.1 the pane does without the newer calls.
//   node test/web/word.e2e.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { check, cli, launch, RESULTS, ROOT, summary, tempDir } from './browser.mjs';

const PANE = pathToFileURL(join(ROOT, 'dist', 'word', 'taskpane.html')).href;
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const STANDIN = readFileSync(join(ROOT, 'test', 'web', 'word-standin.js'), 'utf8');

const NIK = '3273014507850002';
const DOCUMENT = {
  headers: [['Humas Pemerintah Kabupaten Sukamaju. Info dari grup sebelah, viralkan!']],
  footers: [['Narahubung: humas@sukamaju.go.id']],
  body: [
    'SIARAN PERS',
    'Sukamaju, 25 November 2026 – Bantuan sosial tahap II untuk 3.500 keluarga udah siap disalurkan minggu depan, warga gak usah khawatir.',
    // the NIK is bold, the rest plain: a fix must keep both
    ['Salah satu penerima, Ibu Siti Aminah (NIK ', { text: NIK, fmt: { bold: true } }, '), warga Kelurahan Sukajadi.'],
    'Mohon jangan percaya sama akun-akun bodoh yang nyebarin hoaks soal bansos. Dasar goblok semua!',
    // a table cell paragraph, as Word lists it among the body paragraphs
    'Jangan lupa coblos nomor urut 02 di Pilkada nanti, biar programnya lanjut.',
    'Dasar goblok!',
  ],
};
const paragraphText = (p) => (typeof p === 'string' ? p : p.map((r) => (typeof r === 'string' ? r : r.text)).join(''));

const work = tempDir('etika-word-e2e-');
/** What the CLI finds in the document's text as the pane reads it: body, then header and footer, paragraphs apart. */
function expectedFor(doc) {
  const text = [...doc.body, ...doc.headers.flat(), ...doc.footers.flat()].map(paragraphText).join('\n\n');
  writeFileSync(join(work, 'dokumen.txt'), text);
  return JSON.parse(cli(['check', '--show-personal-data', '--format', 'json', 'dokumen.txt'], work));
}

const browser = await launch({ width: 380, height: 900 });
const pageErrors = [];
// office.js is answered by the stand-in; everything else non-local is refused
await browser.context.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: STANDIN }));
await browser.context.route(/^(?!file:|data:|blob:)/, (route) => (route.request().url() === OFFICE_JS ? route.fallback() : route.abort()));

async function openPane(config) {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  // the pane reports a failed action in a toast and on the console
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
  await page.addInitScript((c) => (window.__WORD_STANDIN__ = c), config);
  await page.goto(PANE);
  await page.waitForSelector('body[data-ready=true]');
  return page;
}
const idle = (page) => page.waitForFunction(() => !document.body.classList.contains('busy'));
const shown = (page) => page.$$eval('li.finding', (lis) => lis.map((li) => ({ index: Number(li.dataset.index), ruleId: li.dataset.rule, match: li.querySelector('q.match').textContent })));
const key = (f) => `${f.ruleId}|${f.match}`;
const standin = (page, fn, ...args) => page.evaluate(([f, a]) => new Function('s', 'a', `return (${f})(s, ...a)`)(window.__standin, a), [fn.toString(), args]);

console.log('Word add-in manifest');
const SCHEMA = join(ROOT, 'test', 'web', 'manifest-schema', 'OfficeAppManifestV1_1.xsd');
const xmllint = (file) => spawnSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, file], { encoding: 'utf8' });
const packageWord = (...args) => spawnSync(process.execPath, [join(ROOT, 'scripts', 'package-word.mjs'), ...args], { encoding: 'utf8' });
await check('`npm run package:word -- --url https://…` writes a manifest that validates against the Office add-in schema (offline)', async () => {
  const out = join(work, 'manifest.xml');
  const r = packageWord('--url', 'https://intranet.example.go.id/etika-asn/word/', '--out', out);
  assert.equal(r.status, 0, r.stderr);
  const v = xmllint(out);
  assert.equal(v.status, 0, `${v.error ?? ''}${v.stderr}`);
  assert.match(v.stderr, /validates/);
  const xml = readFileSync(out, 'utf8');
  assert.match(xml, /<SourceLocation DefaultValue="https:\/\/intranet\.example\.go\.id\/etika-asn\/word\/taskpane\.html" \/>/);
  assert.match(xml, /<Set Name="WordApi" MinVersion="1\.1" \/>/);
  assert.doesNotMatch(xml, /\{\{/);
  // the schema is really applied: a manifest without its Id, or with elements out of order, fails
  writeFileSync(join(work, 'no-id.xml'), xml.replace(/<Id>[^<]*<\/Id>/, ''));
  assert.notEqual(xmllint(join(work, 'no-id.xml')).status, 0);
  writeFileSync(join(work, 'order.xml'), xml.replace(/(<Permissions>[^<]*<\/Permissions>)([\s\S]*?)(<\/VersionOverrides>)/, '$2$3$1'));
  assert.notEqual(xmllint(join(work, 'order.xml')).status, 0);
});
await check('package:word refuses an address that is not HTTPS, and a bad id', async () => {
  assert.equal(packageWord('--url', 'http://intranet.example.go.id/word', '--out', join(work, 'x.xml')).status, 2);
  assert.equal(packageWord('--url', 'https://intranet.example.go.id/word', '--id', 'not-a-guid', '--out', join(work, 'x.xml')).status, 2);
});

console.log('Word task pane (stand-in, WordApi 1.7, Track Changes on)');
const page = await openPane({ ...DOCUMENT, trackingMode: 'TrackAll', sets: { WordApi: '1.7', WordApiHiddenDocument: '1.3' } });
const expected = expectedFor(DOCUMENT);

await check('the pane lists the CLI findings for the whole document (insult, NIK, campaign call; table and header included)', async () => {
  const got = await shown(page);
  assert.deepEqual(got.map(key).sort(), expected.map(key).sort());
  for (const id of ['kesantunan/kata-kasar', 'data-pribadi/nik', 'netralitas/ajakan-coblos-calon']) assert.ok(got.some((f) => f.ruleId === id), id);
  assert.match(await page.textContent('#tracking'), /Track Changes aktif/);
  const places = await page.$$eval('li.finding .where', (ws) => ws.map((w) => w.textContent));
  assert.ok(places.includes('header 1'), places.join(', '));
  assert.ok(places.includes('paragraf 5'), 'the table-cell paragraph');
});
await page.screenshot({ path: join(RESULTS, 'word-taskpane.png'), fullPage: true });

await check('critique squiggles are drawn under each finding where WordApi 1.7 is supported', async () => {
  const annotations = await standin(page, (s) => s.model.annotations.map((a) => ({ start: a.start, length: a.length, color: a.colorScheme })));
  assert.equal(annotations.length, expected.length);
  assert.ok(annotations.some((a) => a.color === 'Red'));
});

await check('clicking a finding selects its own Word range (the second "goblok" is in paragraph 6)', async () => {
  const items = await shown(page);
  const goblok = items.filter((f) => f.match === 'goblok');
  assert.equal(goblok.length, 2);
  // the second occurrence in document order
  const second = goblok.sort((a, b) => a.index - b.index)[1];
  await page.click(`li.finding[data-index="${second.index}"]`);
  await idle(page);
  const sel = await standin(page, (s) => s.model.selection);
  assert.deepEqual(sel, { part: 'body', section: 0, index: 5, start: 6, end: 12, text: 'goblok' });
  await page.click('li.finding[data-rule="data-pribadi/nik"]');
  await idle(page);
  const nikSel = await standin(page, (s) => s.model.selection);
  assert.deepEqual(nikSel, { part: 'body', section: 0, index: 2, start: 'Salah satu penerima, Ibu Siti Aminah (NIK '.length, end: 'Salah satu penerima, Ibu Siti Aminah (NIK '.length + NIK.length, text: NIK });
});

await check('the NIK fix changes only the number, keeps its formatting, and is a tracked change', async () => {
  const before = await standin(page, (s) => s.model.body.map((p) => p.runs.map((r) => r.text).join('')));
  await page.click('li.finding[data-rule="data-pribadi/nik"] button.apply');
  await idle(page);
  const after = await standin(page, (s) => s.model.body.map((p) => p.runs.map((r) => r.text).join('')));
  const nik = expected.find((f) => f.ruleId === 'data-pribadi/nik');
  const replacement = nik.fixes.find((f) => f.preferred).edits[0].newText;
  assert.deepEqual(after, before.map((t, i) => (i === 2 ? t.replace(NIK, replacement) : t)));
  assert.deepEqual(await standin(page, (s) => s.runs(2)), [
    { text: 'Salah satu penerima, Ibu Siti Aminah (NIK ', fmt: {} },
    { text: replacement, fmt: { bold: true } },
    { text: '), warga Kelurahan Sukajadi.', fmt: {} },
  ]);
  assert.deepEqual(await standin(page, (s) => s.model.tracked), [{ part: 'body', section: 0, index: 2, start: 42, old: NIK, new: replacement }]);
  assert.ok(!(await shown(page)).some((f) => f.ruleId === 'data-pribadi/nik'), 'the pane re-checked');
});

await check('comments: one per finding on its text; removing takes only ours', async () => {
  await standin(page, (s) => s.addUserComment(0, 0, 5, 'Komentar redaktur: judul sudah benar.'));
  const findings = await shown(page);
  await page.click('[data-action=add-comments]');
  await idle(page);
  const comments = await standin(page, (s) => s.comments());
  const ours = comments.filter((c) => c.content.startsWith('[Etika ASN]'));
  assert.equal(ours.length, findings.length);
  assert.deepEqual(ours.map((c) => c.text).sort(), findings.map((f) => f.match).sort());
  assert.ok(ours.every((c) => /Dasar: /.test(c.content)));
  await page.click('[data-action=remove-comments]');
  await idle(page);
  assert.deepEqual(await standin(page, (s) => s.comments()), [{ content: 'Komentar redaktur: judul sudah benar.', text: 'SIARA' }]);
});

await check('an edit in Word (onParagraphChanged) re-checks the document', async () => {
  const before = (await shown(page)).length;
  await standin(page, (s) => s.type(1, ' Pasti benar 100 persen, viralkan!'));
  await page.waitForFunction((n) => document.querySelectorAll('li.finding').length > n, before, { timeout: 10_000 });
  const doc = { ...DOCUMENT, body: await standin(page, (s) => s.model.body.map((p) => p.runs.map((r) => r.text).join(''))) };
  assert.deepEqual((await shown(page)).map(key).sort(), expectedFor(doc).map(key).sort());
});

await check('all safe fixes apply in one go, each inside its own range', async () => {
  const bodyBefore = await standin(page, (s) => s.model.body.map((p) => p.runs.map((r) => r.text).join('')));
  const doc = { ...DOCUMENT, body: bodyBefore };
  const text = [...doc.body, ...doc.headers.flat(), ...doc.footers.flat()].map(paragraphText).join('\n\n');
  writeFileSync(join(work, 'semua.txt'), text);
  cli(['check', '--fix', '--format', 'json', 'semua.txt'], work);
  const fixed = readFileSync(join(work, 'semua.txt'), 'utf8').split('\n\n');
  assert.notDeepEqual(fixed, text.split('\n\n'), 'the document has safe fixes to apply');
  await page.click('[data-action=fix-safe]');
  await idle(page);
  const after = await standin(page, (s) => [...s.model.body, ...s.model.headers.flat(), ...s.model.footers.flat()].map((p) => p.runs.map((r) => r.text).join('')));
  assert.deepEqual(after, fixed);
});

await check('the summary can be inserted as a new document (WordApiHiddenDocument 1.3)', async () => {
  await page.click('#tab-summary');
  assert.ok(await page.getAttribute('.verdict', 'data-verdict'));
  await page.click('[data-action=summary-doc]');
  await idle(page);
  const created = await standin(page, (s) => s.model.created);
  assert.equal(created.length, 1);
  assert.ok(created[0].opened);
  assert.match(created[0].html, /Ringkasan Kepatuhan Etika ASN/);
  await page.screenshot({ path: join(RESULTS, 'word-summary.png'), fullPage: true });
});

await check('the pane switches to English', async () => {
  await page.click('#tab-findings');
  await page.selectOption('#lang', 'en');
  await idle(page);
  await page.waitForFunction(() => document.querySelector('[data-action=check]')?.textContent === 'Check again');
  assert.equal(await page.textContent('#tab-findings'), 'Findings');
  await page.screenshot({ path: join(RESULTS, 'word-taskpane-en.png') });
  await page.selectOption('#lang', 'id');
  await idle(page);
});

await check('a re-check replaces the squiggles instead of adding to them', async () => {
  await page.click('[data-action=check]');
  await idle(page);
  const n = await page.locator('li.finding').count();
  assert.equal(await standin(page, (s) => s.model.annotations.length), n);
});

await check('the stand-in is strict: a call it does not implement throws', async () => {
  const error = await page.evaluate(() => Word.run(async (ctx) => ctx.document.body.tables).then(() => 'no error', (e) => e.message));
  assert.match(error, /not implemented/);
  const unloaded = await page.evaluate(() => Word.run(async (ctx) => ctx.document.body.paragraphs.items).then(() => 'no error', (e) => e.message));
  assert.match(unloaded, /PropertyNotLoaded/);
});
await page.close();

console.log('Word task pane (stand-in, WordApi 1.1 only, Track Changes off)');
const old = await openPane({ ...DOCUMENT, sets: { WordApi: '1.1' } });
await check('with only WordApi 1.1 it checks, selects and fixes without the newer calls', async () => {
  assert.deepEqual((await shown(old)).map(key).sort(), expected.map(key).sort());
  assert.equal(await old.locator('[data-action=add-comments]').count(), 0);
  assert.equal(await old.locator('[data-action=summary-doc]').count(), 0);
  assert.equal(await old.textContent('#tracking'), '');
  await old.click('li.finding[data-rule="data-pribadi/nik"] button.apply');
  await idle(old);
  assert.equal(await standin(old, (s) => s.model.tracked.length), 0);
  assert.ok(!(await standin(old, (s) => s.text('body', 0, 2))).includes(NIK));
  assert.equal(await standin(old, (s) => s.model.annotations.length), 0);
});
await old.close();

await check('an empty document gets no "clean" message and no verdict', async () => {
  const empty = await openPane({ body: [''], headers: [['']], footers: [['']], sets: { WordApi: '1.1' } });
  assert.equal(await empty.textContent('#findings'), 'Belum ada teks untuk diperiksa.');
  assert.equal(await empty.locator('.verdict').count(), 0);
  await empty.close();
});

await check('no request left the pane (office.js was answered locally by the stand-in)', async () => {
  const outside = browser.requests.filter((u) => !/^(file:|data:|blob:)/.test(u) && u !== OFFICE_JS);
  assert.deepEqual(outside, []);
});
await check('no script errors in the pane', async () => assert.deepEqual(pageErrors, []));

await browser.close();
process.exitCode = summary('word');

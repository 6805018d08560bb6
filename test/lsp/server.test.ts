// The real language server (dist/server.js --stdio), driven as an editor would drive it.
// Rules under test come from a rule folder written to a temp workspace, so the assertions
// do not depend on the wording of the shipped rules; shipped findings are filtered out by code.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { Commands, FIX_ALL_KIND, type DisableRuleResult, type RedactAllResult, type SummaryResult } from '../../server/src/shared/protocol';
import { editsFor, fileUri, SERVER_JS, TestClient } from './client';

const RULES: Record<string, string> = {
  'kesantunan/uji-lsp-ganti.yaml': `category: kesantunan
severity: warning
title: Kata tidak baku (uji)
message: 'Ganti "{match}" dengan "{replacement}".'
description: Kata tidak baku menurunkan citra instansi (uji).
basis: PP 94/2021 Pasal 5 huruf n
match:
  swap: { bangetlsp: sangat }
fix:
  kind: replace
  safe: true
examples:
  invalid:
    - text: Acara ini bangetlsp meriah.
      output: Acara ini sangat meriah.
    - text: Bangetlsp ramai.
      output: Sangat ramai.
  valid:
    - Acara ini sangat meriah.
    - Pengunjung ramai.
`,
  'hoaks/uji-lsp-hapus.yaml': `category: hoaks
severity: error
title: Ajakan berantai (uji)
message: 'Hapus "{match}".'
description: Ajakan berantai mempercepat hoaks (uji).
basis: SE MenPANRB 137/2018 angka 6
match:
  terms: [sebarlsp]
fix:
  kind: remove
  safe: false
examples:
  invalid:
    - text: sebarlsp berita ini.
      output: berita ini.
    - text: Tolong sebarlsp segera.
      output: Tolong segera.
  valid:
    - Berita ini resmi.
    - Tolong baca segera.
`,
  'data-pribadi/uji-lsp-nik.yaml': `category: data-pribadi
severity: error
title: NIK terbuka (uji)
message: '{label} tidak boleh dipublikasikan.'
description: Data pribadi dilindungi (uji).
basis: UU 27/2022 Pasal 65
match:
  validator: nik
fix:
  kind: redact
examples:
  invalid:
    - text: Warga dengan NIK 3273014506900002 menerima bantuan.
      output: Warga dengan NIK [NIK disamarkan] menerima bantuan.
    - text: NIK 3578011203850017 terdaftar.
      output: NIK [NIK disamarkan] terdaftar.
  valid:
    - Nomor surat 3273/014/2025 sudah terbit.
    - Bantuan disalurkan kepada 1.250 warga.
`,
};

const NIK_A = '3273014506900002';
const NIK_B = '3578011203850017';

function own(diagnostics: Diagnostic[], ruleId: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === ruleId);
}

/** Applies edits as an editor does: each on the plain text, last first (not with the engine's own code). */
function applyAsEditor(text: string, edits: TextEdit[]): string {
  const offset = (p: TextEdit['range']['start']) => {
    const lines = text.split(/(?<=\r\n|\r(?!\n)|\n)/);
    let at = 0;
    for (let i = 0; i < p.line; i++) at += lines[i]?.length ?? 0;
    return at + p.character;
  };
  const sorted = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
  for (let i = 1; i < sorted.length; i++) assert.ok(offset(sorted[i].range.end) <= offset(sorted[i - 1].range.start), 'edits overlap');
  for (const e of sorted) text = text.slice(0, offset(e.range.start)) + e.newText + text.slice(offset(e.range.end));
  return text;
}

function applied(text: string, action: CodeAction, uri: string): string {
  return applyAsEditor(text, editsFor(action.edit, uri));
}

function makeWorkspace(): { dir: string; rules: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'etika-asn-lsp-'));
  const rules = path.join(dir, 'aturan-uji');
  for (const [file, text] of Object.entries(RULES)) {
    fs.mkdirSync(path.dirname(path.join(rules, file)), { recursive: true });
    fs.writeFileSync(path.join(rules, file), text);
  }
  return { dir, rules };
}

describe('lsp: language server over stdio', function () {
  this.timeout(15000);
  // one server for the suite (starting one and loading the rules takes about a second);
  // every test opens its own documents and afterEach undoes its settings and file changes
  let ws: { dir: string; rules: string };
  let client: TestClient;
  let uri: string;
  let counter = 0;
  const settings = { ruleFolders: ['aturan-uji'] };

  before(async () => {
    assert.ok(fs.existsSync(SERVER_JS), 'dist/server.js missing: run npm run build');
    ws = makeWorkspace();
    client = await TestClient.start({ workspace: ws.dir, settings });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(ws.dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    counter++;
    uri = fileUri(path.join(ws.dir, `rilis-${counter}.siaran`));
    client.messages.length = 0;
  });
  afterEach(async () => {
    await client.closeAll();
    const touched: string[] = [];
    const config = path.join(ws.dir, '.etika-asn.yaml');
    if (fs.existsSync(config)) {
      fs.rmSync(config);
      touched.push(config);
    }
    for (const [file, text] of Object.entries(RULES)) {
      const full = path.join(ws.rules, file);
      if (fs.readFileSync(full, 'utf8') !== text) {
        fs.writeFileSync(full, text);
        touched.push(full);
      }
    }
    const extra = path.join(ws.rules, 'hoaks', 'rusak.yaml');
    if (fs.existsSync(extra)) {
      fs.rmSync(extra);
      touched.push(extra);
    }
    if (touched.length) await client.filesChanged(touched);
    if (JSON.stringify(client.settings) !== JSON.stringify(settings)) await client.changeSettings(settings);
  });

  it('publishes diagnostics with rule id, source, severity, basis and a link to the rule', async () => {
    const diagnostics = await client.open(uri, 'SIARAN PERS\nAcara ini bangetlsp meriah, sebarlsp ya.\n', 'siaran-pers');
    const [swap] = own(diagnostics, 'kesantunan/uji-lsp-ganti');
    assert.ok(swap, JSON.stringify(diagnostics));
    assert.deepEqual(swap.range, { start: { line: 1, character: 10 }, end: { line: 1, character: 19 } });
    assert.equal(swap.source, 'etika-asn');
    assert.equal(swap.severity, 2);
    assert.equal(swap.message, 'Ganti "bangetlsp" dengan "sangat". (Dasar: PP 94/2021 Pasal 5 huruf n)');
    assert.equal(swap.codeDescription?.href, fileUri(path.join(ws.rules, 'kesantunan', 'uji-lsp-ganti.yaml')));
    assert.equal(own(diagnostics, 'hoaks/uji-lsp-hapus')[0].severity, 1);
  });

  it('links shipped rules to their generated page', async () => {
    const diagnostics = await client.open(uri, 'Dasar goblok, kerja begitu saja tidak becus.\n');
    const swear = own(diagnostics, 'kesantunan/kata-kasar')[0];
    assert.ok(swear, JSON.stringify(diagnostics));
    const page = path.join(__dirname, '..', '..', 'docs', 'rules', 'kesantunan', 'kata-kasar.md');
    if (fs.existsSync(page)) assert.equal(swear.codeDescription?.href, fileUri(page));
    else assert.match(swear.codeDescription?.href ?? '', /kata-kasar\.yaml$/);
  });

  it('clears diagnostics when the document closes', async () => {
    assert.ok((await client.open(uri, 'sebarlsp sekarang.\n')).length > 0);
    assert.deepEqual(await client.close(uri), []);
  });

  it('does not check languages outside etikaAsn.languages, nor anything when disabled', async () => {
    assert.deepEqual(await client.open(fileUri(path.join(ws.dir, `a-${counter}.py`)), 'sebarlsp = 1\n', 'python'), []);
    await client.changeSettings({ ruleFolders: ['aturan-uji'], enable: false });
    assert.deepEqual(await client.open(uri, 'sebarlsp sekarang.\n'), []);
  });

  it('offers the rule fix as the preferred quick fix and applying it changes only its range', async () => {
    const text = 'Acara ini bangetlsp meriah.\nBaris lain tetap.\n';
    const diagnostics = own(await client.open(uri, text), 'kesantunan/uji-lsp-ganti');
    const actions = await client.codeActions(uri, diagnostics[0].range, diagnostics);
    const fix = actions.find((a) => a.title === 'Ganti dengan "sangat"')!;
    assert.ok(fix, actions.map((a) => a.title).join(', '));
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(editsFor(fix.edit, uri), [{ range: diagnostics[0].range, newText: 'sangat' }]);
    assert.equal(applied(text, fix, uri), 'Acara ini sangat meriah.\nBaris lain tetap.\n');
  });

  it('removes a phrase with its space', async () => {
    const text = 'Tolong sebarlsp segera.\n';
    const diagnostics = own(await client.open(uri, text), 'hoaks/uji-lsp-hapus');
    const actions = await client.codeActions(uri, diagnostics[0].range, diagnostics);
    assert.equal(applied(text, actions.find((a) => a.title === 'Hapus "sebarlsp"')!, uri), 'Tolong segera.\n');
  });

  it('"ignore on this line" inserts the suppression comment above, and the finding goes away', async () => {
    const text = 'Judul\n  Acara ini bangetlsp meriah.\r\n';
    const diagnostics = own(await client.open(uri, text, 'siaran-pers'), 'kesantunan/uji-lsp-ganti');
    const actions = await client.codeActions(uri, diagnostics[0].range, diagnostics);
    const ignore = actions.find((a) => a.title === 'Abaikan kesantunan/uji-lsp-ganti di baris ini')!;
    const after = applied(text, ignore, uri);
    assert.equal(after, 'Judul\n  [etika-asn-disable-next-line kesantunan/uji-lsp-ganti]\r\n  Acara ini bangetlsp meriah.\r\n');
    const again = await client.change(uri, [{ text: after }]);
    assert.deepEqual(own(again, 'kesantunan/uji-lsp-ganti'), []);

    const md = fileUri(path.join(ws.dir, `rilis-${counter}.md`));
    const mdDiagnostics = own(await client.open(md, 'Acara bangetlsp.\n', 'markdown'), 'kesantunan/uji-lsp-ganti');
    const mdIgnore = (await client.codeActions(md, mdDiagnostics[0].range, mdDiagnostics)).find((a) => a.title.startsWith('Abaikan'))!;
    assert.equal(applied('Acara bangetlsp.\n', mdIgnore, md), '<!-- etika-asn-disable-next-line kesantunan/uji-lsp-ganti -->\nAcara bangetlsp.\n');
  });

  it('"disable in workspace" writes .etika-asn.yaml, keeps what was there, and re-checks', async () => {
    const config = path.join(ws.dir, '.etika-asn.yaml');
    fs.writeFileSync(config, '# dipakai bersama tim humas\nallow: [Bapak Budi]\n');
    const diagnostics = own(await client.open(uri, 'Acara bangetlsp, sebarlsp.\n'), 'hoaks/uji-lsp-hapus');
    const actions = await client.codeActions(uri, diagnostics[0].range, diagnostics);
    const disable = actions.find((a) => a.title.startsWith('Nonaktifkan hoaks/uji-lsp-hapus'))!;
    assert.equal(disable.command?.command, Commands.disableRule);
    const rechecked = client.nextDiagnostics(uri);
    const result = await client.executeCommand<DisableRuleResult>(disable.command!.command, disable.command!.arguments!);
    assert.equal(result.file, config);
    const written = fs.readFileSync(config, 'utf8');
    assert.equal(written, '# dipakai bersama tim humas\nallow: [ Bapak Budi ]\nrules:\n  hoaks/uji-lsp-hapus: off\n');
    const after = (await rechecked).diagnostics;
    assert.deepEqual(own(after, 'hoaks/uji-lsp-hapus'), []);
    assert.equal(own(after, 'kesantunan/uji-lsp-ganti').length, 1);
  });

  it('"disable in workspace" creates the file when there is none', async () => {
    const diagnostics = own(await client.open(uri, 'sebarlsp.\n'), 'hoaks/uji-lsp-hapus');
    await client.executeCommand(Commands.disableRule, [uri, diagnostics[0].code]);
    assert.equal(fs.readFileSync(path.join(ws.dir, '.etika-asn.yaml'), 'utf8'), 'rules:\n  hoaks/uji-lsp-hapus: off\n');
  });

  it('source.fixAll applies only safe fixes', async () => {
    const text = 'Acara bangetlsp meriah, sebarlsp ya.\nTamu bangetlsp senang.\n';
    const diagnostics = await client.open(uri, text);
    const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], [FIX_ALL_KIND]);
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, FIX_ALL_KIND);
    const fixed = applied(text, actions[0], uri);
    assert.equal(fixed.replace(/\n[\s\S]*/, ''), 'Acara sangat meriah, sebarlsp ya.');
    assert.match(fixed, /Tamu sangat senang/);
    // the light bulb (no `only`) does not list source actions
    const quick = await client.codeActions(uri, diagnostics[0].range, diagnostics);
    assert.ok(quick.every((a) => a.kind === 'quickfix'));
  });

  it('fix-all and redact-all redact the union of overlapping personal data, as CLI --fix does', async () => {
    const text = 'Hubungi Bu Sari di 081234567890budi@gmail.com.\nBangetlsp terima kasih.\n';
    await client.open(uri, text);
    const [fixAll] = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], [FIX_ALL_KIND]);
    assert.equal(applied(text, fixAll, uri), 'Hubungi Bu Sari di [alamat e-mail disamarkan].\nSangat terima kasih.\n');
    const result = await client.executeCommand<RedactAllResult>(Commands.redactAll, [uri]);
    assert.ok(result.applied, JSON.stringify(result));
    assert.equal(applyAsEditor(text, editsFor(client.appliedEdits.at(-1)!.edit, uri)), 'Hubungi Bu Sari di [alamat e-mail disamarkan].\nBangetlsp terima kasih.\n');
  });

  it('redact-all replaces every NIK through workspace/applyEdit', async () => {
    const text = `Penerima: Sri (NIK ${NIK_A}) dan Budi, NIK ${NIK_B}.\nBangetlsp terima kasih.\n`;
    await client.open(uri, text);
    const result = await client.executeCommand<RedactAllResult>(Commands.redactAll, [uri]);
    assert.ok(result.redacted >= 2 && result.applied, JSON.stringify(result));
    const edit = client.appliedEdits.at(-1)!.edit;
    const after = applyAsEditor(text, editsFor(edit, uri));
    assert.ok(!after.includes(NIK_A) && !after.includes(NIK_B), after);
    assert.match(after, /^Penerima: Sri \(NIK [^\d)]+\) dan Budi, NIK [^\d]+\.\nBangetlsp terima kasih\.\n$/);
    // also offered as a quick fix on a personal-data finding
    const nik = (client.diagnostics.get(uri)!.diagnostics).filter((d) => String(d.code).startsWith('data-pribadi/'));
    const actions = await client.codeActions(uri, nik[0].range, nik);
    const all = actions.find((a) => a.title.startsWith('Samarkan semua data pribadi'))!;
    assert.equal(applied(text, all, uri), after);
  });

  it('the shipped NIK rule offers a redaction quick fix in the configured style, changing only the number', async () => {
    const text = `Warga atas nama Budi, NIK ${NIK_A}, menerima bantuan.\n`;
    const label = own(await client.open(uri, text), 'data-pribadi/nik');
    assert.equal(label.length, 1);
    const [labelFix] = (await client.codeActions(uri, label[0].range, label)).filter((a) => a.isPreferred);
    assert.equal(applied(text, labelFix, uri), 'Warga atas nama Budi, NIK [NIK disamarkan], menerima bantuan.\n');
    const next = client.nextDiagnostics(uri);
    await client.changeSettings({ ...settings, redaction: 'partial' });
    const partial = own((await next).diagnostics, 'data-pribadi/nik');
    const [partialFix] = (await client.codeActions(uri, partial[0].range, partial)).filter((a) => a.isPreferred);
    const redacted = applied(text, partialFix, uri);
    assert.equal(redacted, `Warga atas nama Budi, NIK ${NIK_A.slice(0, 4)}${'*'.repeat(10)}${NIK_A.slice(-2)}, menerima bantuan.\n`);
  });

  it('redact-all with no personal data says so and edits nothing', async () => {
    await client.open(uri, 'Tidak ada data pribadi.\n');
    const before = client.appliedEdits.length;
    assert.deepEqual(await client.executeCommand(Commands.redactAll, [uri]), { redacted: 0, applied: false });
    assert.equal(client.appliedEdits.length, before);
    assert.ok(client.messages.some((m) => /tidak ada data pribadi/.test(m.message)));
  });

  it('hover shows the title, why it matters, the basis and the rule id', async () => {
    const diagnostics = own(await client.open(uri, 'Acara bangetlsp.\n'), 'kesantunan/uji-lsp-ganti');
    const hover = await client.hover(uri, { line: 0, character: 8 });
    const value = (hover!.contents as { value: string }).value;
    assert.match(value, /\*\*Kata tidak baku \(uji\)\*\*/);
    assert.match(value, /`kesantunan\/uji-lsp-ganti`/);
    assert.match(value, /Mengapa:\*\* Kata tidak baku menurunkan citra instansi \(uji\)\./);
    assert.match(value, /Dasar:\*\* PP 94\/2021 Pasal 5 huruf n/);
    assert.deepEqual(hover!.range, diagnostics[0].range);
    assert.equal(await client.hover(uri, { line: 0, character: 1 }), null);
  });

  it('a settings change re-checks open documents at once (off, severity override)', async () => {
    const other = fileUri(path.join(ws.dir, `lain-${counter}.txt`));
    await client.open(uri, 'Acara bangetlsp.\n');
    await client.open(other, 'Tamu bangetlsp.\n');
    const both = [client.nextDiagnostics(uri), client.nextDiagnostics(other)];
    await client.changeSettings({ ruleFolders: ['aturan-uji'], rules: { 'kesantunan/uji-lsp-ganti': 'hint' } });
    for (const published of await Promise.all(both)) assert.equal(own(published.diagnostics, 'kesantunan/uji-lsp-ganti')[0].severity, 4);
    const next = client.nextDiagnostics(uri);
    await client.changeSettings({ ruleFolders: ['aturan-uji'], rules: { kesantunan: 'off' } });
    assert.deepEqual(own((await next).diagnostics, 'kesantunan/uji-lsp-ganti'), []);
  });

  it('an edit of .etika-asn.yaml or of a rule file takes effect on open documents', async () => {
    await client.open(uri, 'Acara bangetlsp, sebarlsp.\n');
    const config = path.join(ws.dir, '.etika-asn.yaml');
    fs.writeFileSync(config, 'rules:\n  hoaks/uji-lsp-hapus: info\n');
    let next = client.nextDiagnostics(uri);
    await client.filesChanged([config], 1);
    assert.equal(own((await next).diagnostics, 'hoaks/uji-lsp-hapus')[0].severity, 3);

    const ruleFile = path.join(ws.rules, 'kesantunan', 'uji-lsp-ganti.yaml');
    fs.writeFileSync(ruleFile, RULES['kesantunan/uji-lsp-ganti.yaml'].replace('severity: warning', 'severity: error'));
    next = client.nextDiagnostics(uri);
    await client.filesChanged([ruleFile]);
    assert.equal(own((await next).diagnostics, 'kesantunan/uji-lsp-ganti')[0].severity, 1);
  });

  it('a broken config file gives an error naming file, line and reason, and checking goes on', async () => {
    const config = path.join(ws.dir, '.etika-asn.yaml');
    fs.writeFileSync(config, 'rules:\n  hoaks/uji-lsp-hapus: mati\n  kesantunan/uji-lsp-ganti: off\n');
    const next = client.nextDiagnostics(uri);
    await client.filesChanged([config], 1);
    const diagnostics = await client.open(uri, 'Acara bangetlsp, sebarlsp.\n');
    await next.catch(() => undefined);
    const error = client.messages.find((m) => m.type === 1 && m.message.includes(config));
    assert.ok(error, JSON.stringify(client.messages));
    assert.match(error!.message, new RegExp(`${config.replace(/[.]/g, '\\.')}:2: rules\\.hoaks/uji-lsp-hapus: nilai "mati"`));
    // the good line of the same file still applies, the bad one is ignored
    assert.equal(own(diagnostics, 'hoaks/uji-lsp-hapus').length, 1);
    assert.deepEqual(own(diagnostics, 'kesantunan/uji-lsp-ganti'), []);
    // reported once, not on every keystroke
    await client.change(uri, [{ text: 'sebarlsp lagi.\n' }]);
    assert.equal(client.messages.filter((m) => m.message.includes(config)).length, 1);
  });

  it('a broken rule file gives an error naming it, and the other rules keep working', async () => {
    const broken = path.join(ws.rules, 'hoaks', 'rusak.yaml');
    fs.writeFileSync(broken, 'category: hoaks\nseverity: parah\n');
    await client.filesChanged([broken], 1);
    const diagnostics = await client.open(uri, 'Acara bangetlsp.\n');
    assert.ok(client.messages.some((m) => m.type === 1 && m.message.includes(broken)), JSON.stringify(client.messages));
    assert.equal(own(diagnostics, 'kesantunan/uji-lsp-ganti').length, 1);
    assert.ok(client.alive);
  });

  it('summary command returns the compliance summary as Markdown, HTML and data', async () => {
    await client.open(uri, `SIARAN PERS\nWarga dengan NIK ${NIK_A} menerima bantuan. sebarlsp!\n`, 'siaran-pers');
    const summary = await client.executeCommand<SummaryResult>(Commands.summary, [uri]);
    const json = summary.json as { verdict: string; findings: { ruleId: string; basis: string }[]; file: string };
    assert.equal(json.verdict, 'TIDAK LAYAK TERBIT');
    assert.equal(json.file, `rilis-${counter}.siaran`);
    assert.ok(json.findings.some((f) => f.ruleId === 'hoaks/uji-lsp-hapus' && f.basis === 'SE MenPANRB 137/2018 angka 6'));
    assert.match(summary.markdown, /TIDAK LAYAK TERBIT/);
    assert.match(summary.html, /<html/i);
    // the server answers a bad request with an error, not a crash
    await assert.rejects(client.executeCommand(Commands.summary, ['file:///tidak/terbuka.txt']), /tidak terbuka/);
    // a document that is not checked gets no verdict at all
    const python = fileUri(path.join(ws.dir, `skrip-${counter}.py`));
    await client.open(python, 'print("sebarlsp")\n', 'python');
    await assert.rejects(client.executeCommand(Commands.summary, [python]), /tidak diperiksa/);
    assert.ok(client.alive);
  });

  it('survives empty, huge, binary-looking, CRLF and mixed-script text', async () => {
    assert.deepEqual(await client.open(fileUri(path.join(ws.dir, 'kosong.txt')), ''), []);

    const binary = fileUri(path.join(ws.dir, 'gambar.txt'));
    assert.deepEqual(await client.open(binary, 'PNG\0\0\x01\x02 sebarlsp \uFFFD\uD800'), []);
    assert.ok(client.messages.some((m) => m.type === 2 && /gambar\.txt tampak seperti berkas biner/.test(m.message)));

    const crlf = fileUri(path.join(ws.dir, 'crlf.txt'));
    const crlfDiagnostics = own(await client.open(crlf, 'Baris satu.\r\nAcara bangetlsp.\r\n\r\nsebarlsp\r'), 'kesantunan/uji-lsp-ganti');
    assert.deepEqual(crlfDiagnostics[0].range, { start: { line: 1, character: 6 }, end: { line: 1, character: 15 } });

    const mixed = fileUri(path.join(ws.dir, 'campur.txt'));
    const mixedText = 'مرحبا 你好 Привет 🇮🇩👍🏽 acara bangetlsp ꦲꦏ꧀ꦱꦫ \u200B\u202E sebarlsp\n';
    const mixedDiagnostics = await client.open(mixed, mixedText);
    const swap = own(mixedDiagnostics, 'kesantunan/uji-lsp-ganti')[0];
    assert.equal(mixedText.split('\n')[0].slice(swap.range.start.character, swap.range.end.character), 'bangetlsp');

    const huge = fileUri(path.join(ws.dir, 'besar.txt'));
    const line = 'Kegiatan sosialisasi layanan publik berjalan lancar dan tertib.\n';
    const hugeText = line.repeat(Math.ceil((2.5 * 1024 * 1024) / line.length)) + 'Acara bangetlsp di akhir.\n';
    const hugeDiagnostics = await client.open(huge, hugeText);
    assert.deepEqual(own(hugeDiagnostics, 'kesantunan/uji-lsp-ganti'), [], 'text past the limit is not checked');
    assert.equal(client.messages.filter((m) => /besar\.txt berukuran 2\.5 MB; hanya 2\.0 MB pertama/.test(m.message)).length, 1);
    await client.change(huge, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'bangetlsp ' }]);
    assert.equal(client.messages.filter((m) => /besar\.txt/.test(m.message)).length, 1, 'said once');

    // and it still serves
    assert.ok(client.alive);
    assert.ok((await client.hover(crlf, { line: 1, character: 8 })) !== null);
  });

  it('--version prints the version and exits', async () => {
    const { execFileSync } = await import('node:child_process');
    assert.match(execFileSync(process.execPath, [SERVER_JS, '--version'], { encoding: 'utf8' }), /^etika-asn-ls \d+\.\d+\.\d+/);
  });
});

describe('lsp: rule folders outside the workspace', function () {
  this.timeout(15000);
  it('are watched by the client when it can (relative pattern), else by the server itself', async () => {
    const ws = makeWorkspace();
    const shared = makeWorkspace();
    const settings = { ruleFolders: [shared.rules] };
    const watching = await TestClient.start({ workspace: ws.dir, settings });
    const plain = await TestClient.start({ workspace: ws.dir, settings, watchFiles: false });
    try {
      const uri = fileUri(path.join(ws.dir, 'a.txt'));
      assert.equal(own(await watching.open(uri, 'Acara bangetlsp.\n'), 'kesantunan/uji-lsp-ganti').length, 1);
      const wanted = JSON.stringify({ baseUri: fileUri(shared.rules), pattern: '**/*.{yaml,yml}' });
      // registered right after the check that loaded the folder
      for (let i = 0; i < 50 && !JSON.stringify(watching.registrations).includes(wanted); i++) await new Promise((r) => setTimeout(r, 20));
      assert.ok(JSON.stringify(watching.registrations).includes(wanted), JSON.stringify(watching.registrations));

      assert.equal(own(await plain.open(uri, 'Acara bangetlsp.\n'), 'kesantunan/uji-lsp-ganti')[0].severity, 2);
      // the server starts watching after that first check; Node sets up recursive watches asynchronously
      await new Promise((r) => setTimeout(r, 300));
      const next = plain.nextDiagnostics(uri);
      const ruleFile = path.join(shared.rules, 'kesantunan', 'uji-lsp-ganti.yaml');
      fs.writeFileSync(ruleFile, RULES['kesantunan/uji-lsp-ganti.yaml'].replace('severity: warning', 'severity: error'));
      assert.equal(own((await next).diagnostics, 'kesantunan/uji-lsp-ganti')[0].severity, 1, 'no didChangeWatchedFiles was sent: the server saw the change itself');
    } finally {
      await watching.stop();
      await plain.stop();
      fs.rmSync(ws.dir, { recursive: true, force: true });
      fs.rmSync(shared.dir, { recursive: true, force: true });
    }
  });
});

describe('lsp: untrusted workspace', function () {
  this.timeout(15000);
  it('does not load rule folders named in the workspace .etika-asn.yaml, and says so', async () => {
    const ws = makeWorkspace();
    fs.writeFileSync(path.join(ws.dir, '.etika-asn.yaml'), 'ruleFolders: [aturan-uji]\n');
    const untrusted = await TestClient.start({ workspace: ws.dir, initializationOptions: { debounceMs: 0, workspaceTrusted: false } });
    const trusted = await TestClient.start({ workspace: ws.dir });
    try {
      const uri = fileUri(path.join(ws.dir, 'a.txt'));
      assert.deepEqual(own(await untrusted.open(uri, 'Acara bangetlsp.\n'), 'kesantunan/uji-lsp-ganti'), []);
      assert.ok(untrusted.messages.some((m) => /belum dipercaya/.test(m.message)));
      assert.equal(own(await trusted.open(uri, 'Acara bangetlsp.\n'), 'kesantunan/uji-lsp-ganti').length, 1);
    } finally {
      await untrusted.stop();
      await trusted.stop();
      fs.rmSync(ws.dir, { recursive: true, force: true });
    }
  });
});

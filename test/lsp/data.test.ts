// Findings travel whole (#12): Diagnostic.data carries rule id, category, title, basis, message
// and fixes; code actions read them there. And editor settings win over .etika-asn.yaml.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { DEFAULT_SETTINGS, type DiagnosticData } from '../../server/src/shared/protocol';
import { normalizeSettings } from '../../server/src/engine';
import { settingsContribution } from '../../scripts/gen-settings';
import { editsFor, fileUri, TestClient } from './client';

const NIK = '3273010101900002';

describe('lsp: Diagnostic.data and settings precedence', function () {
  this.timeout(30_000);
  let dir: string;
  let client: TestClient;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'etika-lsp-data-'));
    fs.writeFileSync(path.join(dir, '.etika-asn.yaml'), 'redaction: partial\n');
    client = await TestClient.start({ workspace: dir, settings: {} });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('every diagnostic carries the finding whole in data; the message keeps "(Dasar: …)"', async () => {
    const uri = fileUri(path.join(dir, 'a.txt'));
    const diagnostics = await client.open(uri, 'Pendaftaran gak dipungut biaya.\n');
    const d = diagnostics.find((x) => x.code === 'profesionalisme/kata-tidak-baku')!;
    const data = d.data as DiagnosticData;
    assert.equal(data.ruleId, 'profesionalisme/kata-tidak-baku');
    assert.equal(data.category, 'profesionalisme');
    assert.ok(data.title && data.title.length > 0);
    assert.ok(data.basis.length > 0);
    assert.equal(d.message, `${data.message} (Dasar: ${data.basis})`);
    assert.equal(data.version, 1);
    assert.ok(data.fixes.some((f) => f.edits.some((e) => e.newText === 'tidak')));
  });

  it('code actions come from data: a diagnostic whose data says otherwise gets the data\'s fix', async () => {
    const uri = fileUri(path.join(dir, 'b.txt'));
    const [d] = (await client.open(uri, 'Pendaftaran gak dipungut biaya.\n')).filter((x) => x.code === 'profesionalisme/kata-tidak-baku');
    const data = d.data as DiagnosticData;
    const marked: Diagnostic = { ...d, data: { ...data, fixes: [{ ...data.fixes[0], title: 'Dari data', edits: [{ range: d.range, newText: 'tak' }] }] } };
    const actions = await client.codeActions(uri, d.range, [marked]);
    const fromData = actions.find((a) => a.title === 'Dari data');
    assert.ok(fromData, actions.map((a) => a.title).join(' | '));
    assert.deepEqual(editsFor(fromData.edit, uri).map((e) => e.newText), ['tak']);
    // without data (clients that drop it) the finding is found by range, as before
    const plain = await client.codeActions(uri, d.range, [{ ...d, data: undefined }]);
    assert.ok(plain.some((a) => editsFor(a.edit, uri).some((e) => e.newText === 'tidak')));
  });

  it('redaction: the file\'s partial applies when the editor says nothing, the editor\'s label wins when set', async () => {
    const uri = fileUri(path.join(dir, 'c.txt'));
    const text = `NIK ${NIK} tercantum.\n`;
    const fixOf = (ds: Diagnostic[]) => (ds.find((x) => x.code === 'data-pribadi/nik')!.data as DiagnosticData).fixes.find((f) => f.kind === 'redact')!.edits[0].newText;
    assert.equal(fixOf(await client.open(uri, text)), `${NIK.slice(0, 4)}${'*'.repeat(10)}${NIK.slice(-2)}`);
    const next = client.nextDiagnostics(uri);
    await client.changeSettings({ redaction: 'label' });
    assert.equal(fixOf((await next).diagnostics), '[NIK disamarkan]');
  });

  it('package.json declares exactly the settings the server reads, as generated from the one option table', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.configuration, settingsContribution(), 'package.json is out of date: run `npm run gen:settings`');
    const props = pkg.contributes.configuration.properties as Record<string, { default: unknown; enum?: unknown[]; additionalProperties?: { enum: unknown[] } }>;
    const defaults = Object.fromEntries(
      Object.entries(props)
        .filter(([k]) => k !== 'etikaAsn.trace.server')
        .map(([k, v]) => [k.slice('etikaAsn.'.length), v.default]),
    );
    // VS Code's defaults read as the server's: optional settings (redaction, pemilihan) are absent when unset
    const normalized = JSON.parse(JSON.stringify(normalizeSettings(defaults)));
    assert.deepEqual(normalized, DEFAULT_SETTINGS);
    assert.deepEqual(Object.keys(defaults).sort(), [...Object.keys(DEFAULT_SETTINGS), 'redaction', 'pemilihan'].sort());
    for (const value of props['etikaAsn.redaction'].enum!.filter(Boolean)) assert.equal(normalizeSettings({ redaction: value }).redaction, value);
    for (const value of props['etikaAsn.rules'].additionalProperties!.enum) assert.deepEqual(normalizeSettings({ rules: { x: value } }).rules, { x: value });
  });

  it('ill-formed settings are dropped part by part, never thrown', () => {
    const s = normalizeSettings({ enable: 'yes', languages: ['markdown', 3], rules: { a: 'loud', b: 'off' }, redaction: 'blur', pemilihan: {}, allow: 'x' });
    assert.equal(s.enable, true);
    assert.deepEqual(s.languages, ['markdown']);
    assert.deepEqual(s.rules, { b: 'off' });
    assert.equal(s.redaction, undefined);
    assert.equal(s.pemilihan, undefined);
    assert.deepEqual(s.allow, []);
    assert.deepEqual(normalizeSettings(null), DEFAULT_SETTINGS);
    // defaults are copies: changing one document's settings cannot change the defaults
    normalizeSettings({}).languages.push('x');
    assert.equal(DEFAULT_SETTINGS.languages.includes('x'), false);
  });
});

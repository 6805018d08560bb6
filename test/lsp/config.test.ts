// The server reports what the CLI reports about .etika-asn.yaml: a rule id naming no rule.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ClientCommands, Commands, type RuleListEntry } from '../../server/src/shared/protocol';
import { fileUri, TestClient } from './client';

describe('lsp: config problems', function () {
  this.timeout(30_000);
  it('an unknown rule id in .etika-asn.yaml is shown once with file, line and the closest id; the rest applies', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'etika-lsp-cfg-'));
    fs.writeFileSync(path.join(dir, '.etika-asn.yaml'), 'rules:\n  hoaks: off\n  kesantunan/kata-kasr: off\n');
    const client = await TestClient.start({ workspace: dir });
    try {
      const diagnostics = await client.open(fileUri(path.join(dir, 'a.txt')), 'Dasar goblok, viralkan!\n');
      assert.ok(diagnostics.some((d) => d.code === 'kesantunan/kata-kasar'), 'the typo switched nothing off');
      assert.ok(!diagnostics.some((d) => String(d.code).startsWith('hoaks/')), 'the valid line applies');
      await client.open(fileUri(path.join(dir, 'b.txt')), 'Dasar goblok!\n');
      const shown = client.messages.filter((m) => /\.etika-asn\.yaml:3: rules\.kesantunan\/kata-kasr: tidak ada aturan dengan id ini \(maksudnya kesantunan\/kata-kasar\?\)/.test(m.message));
      assert.equal(shown.length, 1);
    } finally {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('listRules gives every rule with its category and the state after the file and the settings', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'etika-lsp-rules-'));
    fs.writeFileSync(path.join(dir, '.etika-asn.yaml'), 'rules:\n  hoaks: off\n  hoaks/ajakan-viralkan: on\n');
    const client = await TestClient.start({ workspace: dir, settings: { rules: { 'kesantunan/kata-kasar': 'off', profesionalisme: 'hint' } } });
    try {
      const uri = fileUri(path.join(dir, 'a.txt'));
      await client.open(uri, 'x\n');
      const rules = await client.executeCommand<RuleListEntry[]>(Commands.listRules, [uri]);
      const byId = new Map(rules.map((r) => [r.id, r]));
      assert.ok(rules.length > 20);
      assert.equal(byId.get('kesantunan/kata-kasar')!.state, 'off');
      assert.equal(byId.get('kesantunan/kata-kasar')!.category, 'kesantunan');
      assert.equal(byId.get('hoaks/ajakan-viralkan')!.state, byId.get('hoaks/ajakan-viralkan')!.severity, 'on: its own severity');
      assert.ok(rules.filter((r) => r.category === 'hoaks' && r.id !== 'hoaks/ajakan-viralkan').every((r) => r.state === 'off'));
      assert.ok(rules.filter((r) => r.category === 'profesionalisme').every((r) => r.state === 'hint'));
      assert.ok(rules.every((r) => r.title.length > 0));
    } finally {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('every palette command of the client is contributed in package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    const contributed = new Set(pkg.contributes.commands.map((c: { command: string }) => c.command));
    for (const id of Object.values(ClientCommands)) assert.ok(contributed.has(id), id);
  });

  it('the shipped rule pages are never linted (they quote what the rules catch)', async () => {
    const client = await TestClient.start({});
    try {
      const page = path.join(__dirname, '..', '..', 'docs', 'rules', 'kesantunan', 'kata-kasar.md');
      assert.ok(fs.existsSync(page), page);
      assert.deepEqual(await client.open(fileUri(page), fs.readFileSync(page, 'utf8'), 'markdown'), []);
      // the same text elsewhere is checked
      const elsewhere = fileUri(path.join(os.tmpdir(), 'salinan-kata-kasar.md'));
      assert.ok((await client.open(elsewhere, 'Dasar goblok!\n', 'markdown')).length > 0);
    } finally {
      await client.stop();
    }
  });
});

// The server reports what the CLI reports about .etika-asn.yaml: a rule id naming no rule.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
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
});

// etikaAsn.pemilihan through the language server: the built dist/server.js over stdio.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, SERVER_JS, TestClient } from './client';

describe('lsp: etikaAsn.pemilihan', function () {
  this.timeout(15000);
  let dir: string;
  let client: TestClient;

  before(async () => {
    assert.ok(fs.existsSync(SERVER_JS), 'dist/server.js missing: run npm run build');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'etika-lsp-pemilihan-'));
    client = await TestClient.start({ workspace: dir, settings: {} });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a registry in the settings names its candidates; a bad one is reported and the rest applies', async () => {
    const uri = fileUri(path.join(dir, 'unggahan.txt'));
    const text = 'Semangat pagi #JokoUntukSukamaju\n';
    const registered = (d: Diagnostic[]) => d.filter((x) => x.code === 'netralitas/tagar-calon-terdaftar');
    assert.deepEqual(registered(await client.open(uri, text)), []);

    const next = client.nextDiagnostics(uri);
    await client.changeSettings({
      pemilihan: { tanggal: '2029-10-01', daftar: [{ nama: 'Pilkada Sukamaju 2029', tingkat: 'bupati', warna: 'merah', calon: [{ nomor: 1, nama: ['Joko Lelono'], tagar: ['JokoUntukSukamaju'] }] }] },
    });
    const found = registered((await next).diagnostics);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 1);
    assert.ok(client.messages.some((m) => /etikaAsn\.pemilihan\.daftar\[0\]\.warna/.test(m.message)), JSON.stringify(client.messages));
  });
});

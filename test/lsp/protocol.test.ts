// The language server at the protocol's edges (#15): cancellation, framing errors, requests
// after shutdown, and the binary/text decision it shares with the CLI.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { Commands } from '../../server/src/shared/protocol';
import { fileUri, SERVER_JS, TestClient } from './client';

const frame = (body: string, sep = '\r\n') => `Content-Length: ${Buffer.byteLength(body)}${sep}${sep}${body}`;
const INIT = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });

/** Runs the server on raw stdin bytes; resolves with its exit code and stderr (or null if still running after `ms`). */
function rawServer(input: string, ms = 8000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ code: null, stdout, stderr });
    }, ms);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.write(input);
  });
}

describe('lsp: protocol edges (#15)', function () {
  this.timeout(30_000);

  it('a bad Content-Length is logged and the server exits non-zero (so the client restarts it)', async () => {
    const r = await rawServer(`Content-Length: abc\r\n\r\n${INIT}`);
    assert.notEqual(r.code, null, 'the server did not exit');
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /pesan LSP rusak.*Content-Length/);
  });

  it('an LF-only header is logged and ends the server non-zero (it would otherwise wait forever)', async () => {
    const r = await rawServer(frame(INIT, '\n'));
    assert.notEqual(r.code, null, 'the server did not exit');
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /pesan LSP rusak/);
  });

  it('a Content-Length that is too short (the body is not JSON) ends the server non-zero', async () => {
    const r = await rawServer(`Content-Length: 10\r\n\r\n${INIT}`);
    assert.notEqual(r.code, null);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /pesan LSP rusak/);
  });

  it('well-formed messages are still answered (the guard does not misfire)', async () => {
    const r = await rawServer(frame(INIT), 3000);
    assert.match(r.stdout, /"capabilities"/);
    assert.doesNotMatch(r.stderr, /rusak/);
  });

  describe('with a client', () => {
    let client: TestClient;
    let dir: string;
    before(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'etika-lsp-proto-'));
      client = await TestClient.start({ workspace: dir });
    });
    after(async () => {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('a cancelled summary is answered with RequestCancelled, not the summary', async () => {
      const uri = fileUri(path.join(dir, 'panjang.txt'));
      await client.open(uri, 'Dasar goblok, viralkan! NIK 3273010101900002.\n'.repeat(3000));
      const source = new CancellationTokenSource();
      const pending = client.connection.sendRequest('workspace/executeCommand', { command: Commands.summary, arguments: [uri] }, source.token);
      source.cancel();
      await assert.rejects(pending, (e: { code?: number }) => e.code === -32800);
      // not cancelled: answered
      const done = (await client.executeCommand(Commands.summary, [uri])) as { json: { verdict: string } };
      assert.equal(done.json.verdict, 'TIDAK LAYAK TERBIT');
    });

    it('the server summary masks personal data', async () => {
      const uri = fileUri(path.join(dir, 'nik.txt'));
      await client.open(uri, 'Warga dengan NIK 3273010101900002 menerima bantuan.\n');
      const summary = await client.executeCommand<{ markdown: string; html: string; json: unknown }>(Commands.summary, [uri]);
      assert.ok(!JSON.stringify(summary).includes('3273010101900002'));
    });

    it('a stray NUL near the start does not silence the server (same decision as the CLI)', async () => {
      const uri = fileUri(path.join(dir, 'nul.txt'));
      const diagnostics = await client.open(uri, 'A\0 Dasar goblok!\n');
      assert.ok(diagnostics.some((d) => d.code === 'kesantunan/kata-kasar'));
    });

    it('requests after shutdown get InvalidRequest', async () => {
      const uri = fileUri(path.join(dir, 'akhir.txt'));
      await client.open(uri, 'Dasar goblok!\n');
      await client.connection.sendRequest('shutdown');
      await assert.rejects(client.hover(uri, { line: 0, character: 7 }), (e: { code?: number }) => e.code === -32600);
      await assert.rejects(client.executeCommand(Commands.summary, [uri]), (e: { code?: number }) => e.code === -32600);
    });
  });
});

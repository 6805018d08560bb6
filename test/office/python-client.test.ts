// Runs the Writer extension's Python unit tests (mapping, server discovery, LSP client against
// dist/server.js). They need python3 but not LibreOffice, so they run in every `npm test`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');

describe('Writer extension, Python side (no LibreOffice needed)', function () {
  this.timeout(240_000);
  it('passes its unittest suite', function () {
    assert.ok(existsSync(join(ROOT, 'dist', 'server.js')), 'dist/server.js missing: run `npm run build` (npm test does)');
    const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
    const r = spawnSync(python, ['-W', 'error::ResourceWarning', join(__dirname, 'test_lsp_client.py')], {
      encoding: 'utf8',
      timeout: 220_000,
    });
    assert.equal(r.error, undefined, `python3 could not run: ${r.error}`);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /Ran \d+ tests[\s\S]*OK/);
    // the big-paragraph figure (printed, not asserted: timing belongs to benchmarks)
    const bench = /benchmark: .*/.exec(r.stderr);
    if (bench) console.log(`      ${bench[0]}`);
  });
});

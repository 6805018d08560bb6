// VS Code integration tests (`npm run test:vscode`): runs test/vscode/suite inside a real
// VS Code (Electron) with the extension loaded from this folder. The VS Code build comes
// from @vscode/test-electron's download, or from ETIKA_VSCODE_EXECUTABLE. When neither is
// possible (no network to the VS Code update service, as on the project's machines), this
// says so and exits with code 3: the tests did NOT run, which must never read as a pass.
// Not part of `npm test`; the real-editor test that runs here is `npm run test:e2e`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { ESBUILD_COMMON } from '../../scripts/esbuild-options.mjs';
import layout from '../../server/src/shared/layout.json';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const ROOT = path.join(__dirname, '..', '..');
const OUT = path.join(ROOT, 'out', 'vscode-test');
const VSCODE_VERSION = process.env.ETIKA_VSCODE_VERSION ?? '1.100.3';
const NOT_RUN = 3;

async function vscodeExecutable(): Promise<string | undefined> {
  const given = process.env.ETIKA_VSCODE_EXECUTABLE;
  if (given) {
    if (!fs.existsSync(given)) throw new Error(`ETIKA_VSCODE_EXECUTABLE tidak ditemukan: ${given}`);
    return given;
  }
  try {
    return await downloadAndUnzipVSCode({ version: VSCODE_VERSION, cachePath: path.join(ROOT, '.cache', 'vscode-test'), timeout: 15000 });
  } catch (e) {
    console.error(`\nVS Code ${VSCODE_VERSION} tidak dapat diunduh: ${(e as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

async function main(): Promise<number> {
  if (!fs.existsSync(path.join(ROOT, layout.dist, layout.extension))) {
    console.error(`${layout.dist}/${layout.extension} tidak ada: jalankan \`npm run build\` dulu.`);
    return 1;
  }
  // the suite runs inside VS Code's extension host, which loads plain CommonJS
  await esbuild.build({
    ...ESBUILD_COMMON,
    entryPoints: { index: path.join(__dirname, 'suite', 'index.ts') },
    outdir: OUT,
    external: ['vscode', 'mocha'],
  });
  const executable = await vscodeExecutable();
  if (!executable) {
    console.error('VS CODE INTEGRATION TESTS NOT RUN (skipped): no VS Code build available.');
    console.error('Set ETIKA_VSCODE_EXECUTABLE to a VS Code executable, or run where the VS Code download is reachable.');
    console.error('The real-editor test that does run on this machine is `npm run test:e2e` (code-server).');
    return NOT_RUN;
  }
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'etika-asn-vscode-'));
  fs.cpSync(path.join(__dirname, 'fixture'), workspace, { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(OUT, 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
    return 0;
  } catch (e) {
    console.error(`VS Code integration tests failed: ${(e as Error).message}`);
    return 1;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);

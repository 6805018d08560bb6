// `npm run demo`: the packaged extension in the cached code-server, examples/ opened,
// served on 127.0.0.1 only. Runs until Ctrl+C, then stops code-server's whole process group.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR, CODE_SERVER_VERSION, ROOT, ensureCodeServer, freePort, installExtension, makeProfile, startCodeServer } from './code-server.mjs';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const vsix = [process.env.ETIKA_E2E_VSIX, join(ROOT, `${pkg.name}-${pkg.version}.vsix`), join(ROOT, 'dist', `${pkg.name}-${pkg.version}.vsix`)].find((f) => f && existsSync(f));
if (!vsix) {
  console.error('Berkas .vsix tidak ditemukan; jalankan `npm run package` dulu.');
  process.exit(1);
}

const entry = ensureCodeServer();
const base = join(CACHE_DIR, 'demo-profile');
rmSync(base, { recursive: true, force: true }); // each demo starts from a clean profile
const profile = makeProfile(base);
installExtension(entry, profile, vsix);
const port = await freePort(Number(process.env.PORT) || 8080); // a stable URL when 8080 is free
const server = await startCodeServer(entry, profile, { port });
const folder = join(ROOT, 'examples');
console.log(`\nEtika ASN ${pkg.version} berjalan di VS Code (code-server ${CODE_SERVER_VERSION}).`);
console.log(`Buka di peramban: ${server.url}/?folder=${encodeURIComponent(folder)}`);
console.log('Tekan Ctrl+C untuk berhenti.\n');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// Stay alive while code-server runs; if it dies on its own, say so.
const watch = setInterval(async () => {
  try {
    await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(2_000) });
  } catch {
    clearInterval(watch);
    console.error(`code-server berhenti sendiri:\n${server.output().slice(-2_000)}`);
    await server.stop();
    process.exit(1);
  }
}, 5_000);

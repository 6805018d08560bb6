// Installs a pinned code-server into the project's ignored cache and starts/stops it.
// Used by the real-editor test (test/e2e/vscode.e2e.mjs) and by `npm run demo`.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, rmSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// 4.100.3 (Code 1.100.3) is the newest code-server that runs on Node 20.
export const CODE_SERVER_VERSION = '4.100.3';
export const CACHE_DIR = join(ROOT, '.cache', 'code-server');
const INSTALL_DIR = join(CACHE_DIR, CODE_SERVER_VERSION);
const ENTRY = join(INSTALL_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const READY_MARKER = join(INSTALL_DIR, '.installed');
// @vscode/ripgrep version used by Code 1.100 and the asset name its postinstall looks for.
const RIPGREP_PKG_VERSION = '1.15.11';
const RIPGREP_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

const log = (msg) => process.stderr.write(`[e2e] ${msg}\n`);

export function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Returns the path of code-server's entry script, installing it first if the cache is empty. */
export function ensureCodeServer() {
  if (existsSync(READY_MARKER) && existsSync(ENTRY)) return ENTRY;
  if (process.versions.node.split('.')[0] !== '20') {
    throw new Error(`code-server ${CODE_SERVER_VERSION} butuh Node 20, bukan ${process.version}`);
  }
  const started = Date.now();
  log(`installing code-server ${CODE_SERVER_VERSION} into ${INSTALL_DIR} (one time, ~1 min)`);
  rmSync(INSTALL_DIR, { recursive: true, force: true });
  mkdirSync(INSTALL_DIR, { recursive: true });
  writeFileSync(
    join(INSTALL_DIR, 'package.json'),
    JSON.stringify({ private: true, dependencies: { 'code-server': CODE_SERVER_VERSION } }, null, 2),
  );
  const tmp = join(CACHE_DIR, 'tmp');
  mkdirSync(tmp, { recursive: true });
  seedRipgrepCache(tmp);
  execFileSync('npm', ['install', '--unsafe-perm', '--no-audit', '--no-fund', '--no-save'], {
    cwd: INSTALL_DIR,
    stdio: ['ignore', process.stderr, process.stderr],
    env: {
      ...process.env,
      // node-pty's postinstall runs `npx node-gyp` without a terminal to confirm on.
      npm_config_yes: 'true',
      // code-server's postinstall runs nested `npm install`s (lib/vscode, its extensions) whose
      // native modules must build; npm 11 blocks dependency scripts by default. Scoped to this
      // pinned install in the cache folder only.
      npm_config_dangerously_allow_all_scripts: 'true',
      npm_config_unsafe_perm: 'true',
      TMPDIR: tmp,
    },
    timeout: 15 * 60_000,
  });
  if (!existsSync(ENTRY)) throw new Error(`code-server install finished but ${ENTRY} is missing`);
  writeFileSync(READY_MARKER, `${new Date().toISOString()}\n`);
  log(`code-server installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return ENTRY;
}

// @vscode/ripgrep downloads rg from GitHub (and retries for ~30 s when offline). Give it Debian's
// rg packed as the asset it expects in its cache so it says "Using cached download".
function seedRipgrepCache(tmp) {
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (!rg) {
    log('ripgrep not found (apt-get install ripgrep); @vscode/ripgrep will try to download it');
    return;
  }
  const dir = join(tmp, `vscode-ripgrep-cache-${RIPGREP_PKG_VERSION}`);
  const asset = join(dir, RIPGREP_ASSET);
  if (existsSync(asset)) return;
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['czf', asset, '-C', dirname(rg), 'rg']);
}

/** A free port on 127.0.0.1: `preferred` if it is free, else one the system picks. */
export function freePort(preferred = 0) {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', (e) => (preferred ? freePort(0).then(res, rej) : rej(e)));
    srv.listen(preferred, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

/** Folders for one code-server instance (a fresh temp folder unless `base` is given); nothing lands in $HOME. */
export function makeProfile(base = mkdtempSync(join(tmpdir(), 'etika-asn-e2e-'))) {
  const dirs = {
    base,
    extensions: join(base, 'extensions'),
    userData: join(base, 'user-data'),
    xdgConfig: join(base, 'xdg-config'),
    xdgData: join(base, 'xdg-data'),
    xdgCache: join(base, 'xdg-cache'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(
    join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        // The welcome page steals focus a moment after load; without this runs were flaky.
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        // A preview tab is replaced by the next file opened, which closes its document.
        'workbench.editor.enablePreview': false,
        'workbench.enableExperiments': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'security.workspace.trust.enabled': false,
        'git.enabled': false,
        'editor.hover.delay': 200,
        'window.restoreWindows': 'none',
        'workbench.colorTheme': 'Default Dark Modern',
      },
      null,
      2,
    ),
  );
  return dirs;
}

function envFor(profile) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: profile.xdgConfig,
    XDG_DATA_HOME: profile.xdgData,
    XDG_CACHE_HOME: profile.xdgCache,
  };
}

export function installExtension(entry, profile, vsixOrDir) {
  const res = spawnSync(
    process.execPath,
    [entry, '--extensions-dir', profile.extensions, '--user-data-dir', profile.userData, '--install-extension', vsixOrDir, '--force'],
    { env: envFor(profile), encoding: 'utf8', timeout: 120_000 },
  );
  if (res.status !== 0) {
    throw new Error(`code-server --install-extension ${vsixOrDir} failed (${res.status ?? res.signal}):\n${res.stdout}\n${res.stderr}`);
  }
  return res.stdout;
}

/**
 * Starts code-server on 127.0.0.1 in its own process group and waits for /healthz.
 * Returns { url, stop, output } — always call stop(): it kills the whole group, since the
 * file watcher child outlives the main pid otherwise.
 */
export async function startCodeServer(entry, profile, { port, timeoutMs = 60_000 } = {}) {
  port ??= await freePort();
  const args = [
    entry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--extensions-dir', profile.extensions,
    '--user-data-dir', profile.userData,
  ];
  const child = spawn(process.execPath, args, {
    env: envFor(profile),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => {
    output += chunk;
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));

  const stop = async () => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
    const deadline = Date.now() + 5_000;
    while (exited === null && Date.now() < deadline) await sleep(100);
    try {
      process.kill(-child.pid, 'SIGKILL'); // whatever is left of the group
    } catch {}
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)}):\n${output}`);
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) break;
    } catch {}
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs} ms:\n${output}`);
    }
    await sleep(250);
  }
  return { url, port, stop, output: () => output, pid: child.pid };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// CLI: `node scripts/e2e/code-server.mjs install` — used by CI and for a warm cache.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const cmd = process.argv[2];
  if (cmd === 'install') {
    console.log(ensureCodeServer());
  } else {
    console.error('usage: node scripts/e2e/code-server.mjs install');
    process.exit(2);
  }
}

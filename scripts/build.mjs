// Bundles every entry point with esbuild. --watch rebuilds on change; --production minifies.
// Executable entries (cli, server) carry their own "#!/usr/bin/env node" line, which esbuild keeps.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

/** Only entries whose source exists, so a partial checkout still builds. */
function present(entries) {
  return Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file)));
}

const builds = [
  { entryPoints: present({ server: 'server/src/server.ts', cli: 'server/src/cli.ts', bench: 'scripts/bench.ts' }), outdir: 'dist' },
  { entryPoints: present({ extension: 'client/src/extension.ts' }), outdir: 'dist', external: ['vscode'] },
].filter((b) => Object.keys(b.entryPoints).length > 0);

for (const b of builds) {
  if (watch) await (await esbuild.context({ ...common, ...b })).watch();
  else await esbuild.build({ ...common, ...b });
}

// the shipped rules, validated once and bundled as JSON (see server/src/node/ruleFiles.ts)
if (!watch) {
  await esbuild.build({ ...common, sourcemap: false, entryPoints: { 'bundle-rules': 'scripts/bundle-rules.ts' }, outdir: '.cache/build' });
  execFileSync(process.execPath, ['.cache/build/bundle-rules.js', 'dist'], { stdio: 'inherit' });
  // the browser builds (web checker, Word add-in) embed that bundle, so they come after it
  if (existsSync('web/src/engine.ts')) execFileSync(process.execPath, ['scripts/build-web.mjs', ...(production ? ['--production'] : [])], { stdio: 'inherit' });
}

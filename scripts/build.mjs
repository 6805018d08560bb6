// Bundles every entry point with esbuild. --watch rebuilds on change; --production minifies.
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

const builds = [
  { entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli.ts', bench: 'scripts/bench.ts' }, outdir: 'dist' },
  { entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
].filter((b) => Object.values(b.entryPoints).every((p) => existsSync(p)));

import { existsSync } from 'node:fs';

for (const b of builds) {
  if (watch) await (await esbuild.context({ ...common, ...b })).watch();
  else await esbuild.build({ ...common, ...b });
}

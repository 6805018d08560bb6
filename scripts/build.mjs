// Bundles every entry point with esbuild. --watch rebuilds on change; --production minifies.
// Executable entries (cli, server) carry their own "#!/usr/bin/env node" line, which esbuild keeps.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { ESBUILD_COMMON } from './esbuild-options.mjs';
import { createRequire } from 'node:module';

const layout = createRequire(import.meta.url)('../server/src/shared/layout.json');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = { ...ESBUILD_COMMON, sourcemap: !production, minify: production };
const entry = (file) => file.replace(/\.js$/, '');

// Libraries a plain-text check never runs (.docx and .odt reading; parsing and validation of user rules
// and configs: the shipped rules come pre-parsed and pre-validated). Each is bundled into its own file under
// dist/<libraries>/ and required from there, so starting the CLI or the server does not parse them.
const LAZY_LIBRARIES = ['mammoth', 'ajv', 'scslre', '@eslint-community/regexpp', 'yaml', 'fflate'];
const libraryFile = (pkg) => `${pkg.replace(/^@[^/]+\//, '')}.js`;
const resolvePackage = createRequire(import.meta.url).resolve;

/** Resolves imports of the lazy libraries to their own file, relative to the bundle in `fromDir`. */
function lazyLibraries(fromDir) {
  const prefix = fromDir === layout.dist ? `./${layout.libraries}/` : './';
  return {
    name: 'lazy-libraries',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^(${LAZY_LIBRARIES.join('|')})$`) }, (args) =>
        args.kind === 'entry-point' ? undefined : { path: prefix + libraryFile(args.path), external: true },
      );
    },
  };
}

/** Only entries whose source exists, so a partial checkout still builds. */
function present(entries) {
  return Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file)));
}

const builds = [
  {
    entryPoints: present({ [entry(layout.server)]: 'server/src/server.ts', [entry(layout.cli)]: 'server/src/cli.ts', [entry(layout.bench)]: 'scripts/bench.ts' }),
    outdir: layout.dist,
    plugins: [lazyLibraries(layout.dist)],
  },
  {
    entryPoints: Object.fromEntries(LAZY_LIBRARIES.map((pkg) => [entry(libraryFile(pkg)), resolvePackage(pkg)])),
    outdir: `${layout.dist}/${layout.libraries}`,
    plugins: [lazyLibraries(`${layout.dist}/${layout.libraries}`)],
  },
  { entryPoints: present({ [entry(layout.extension)]: 'client/src/extension.ts' }), outdir: layout.dist, external: ['vscode'] },
].filter((b) => Object.keys(b.entryPoints).length > 0);

for (const b of builds) {
  if (watch) await (await esbuild.context({ ...common, ...b })).watch();
  else await esbuild.build({ ...common, ...b });
}

// the shipped rules, validated once and bundled as JSON (see server/src/node/ruleFiles.ts)
if (!watch) {
  await esbuild.build({ ...common, sourcemap: false, entryPoints: { 'bundle-rules': 'scripts/bundle-rules.ts' }, outdir: '.cache/build' });
  execFileSync(process.execPath, ['.cache/build/bundle-rules.js', layout.dist], { stdio: 'inherit' });
  // the browser builds (web checker, Word add-in) embed that bundle, so they come after it
  if (existsSync('web/src/engine.ts')) execFileSync(process.execPath, ['scripts/build-web.mjs', ...(production ? ['--production'] : [])], { stdio: 'inherit' });
}

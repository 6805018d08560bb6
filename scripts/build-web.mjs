// Browser builds (called by scripts/build.mjs after the rule bundle is written):
//   dist/web/   the offline web checker: index.html, etika-asn.js (the engine, global EtikaAsn),
//               readers.js (.docx/.odt, loaded only when such a file is opened), app.js, app.css
//   dist/word/  the Word add-in's task pane (static files; the manifest is written by
//               `npm run package:word -- --url https://...`)
// Nothing here may use Node APIs: the builds target the browser and fail on a Node import.
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const RULE_BUNDLE = join(ROOT, 'dist', 'builtin-rules.json');

/** Resolves the virtual rule module, and keeps out what only untrusted rule files need. */
const browserPlugin = {
  name: 'etika-asn-browser',
  setup(build) {
    build.onResolve({ filter: /^etika-asn:builtin-rules$/ }, () => ({ path: RULE_BUNDLE }));
    // schema validation (ajv) and backtracking analysis (scslre, ~1 MB) run only for rule files
    // parsed at run time; the browser build uses the pre-validated bundle. The regex parser
    // (regexpp) stays: patterns built from config at run time (an election registry) need it.
    build.onResolve({ filter: /^(ajv|scslre)$/ }, (args) => ({ path: args.path, namespace: 'unavailable' }));
    build.onLoad({ filter: /.*/, namespace: 'unavailable' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`${args.path} is not part of the browser build`)});`,
      loader: 'js',
    }));
    // the document readers share the CLI's code; its file reading is never called here
    build.onResolve({ filter: /^node:(fs\/promises|path)$/ }, (args) => ({ path: args.path, namespace: 'node-stub' }));
    build.onLoad({ filter: /.*/, namespace: 'node-stub' }, () => ({
      contents: `const no = () => { throw new Error('no file system in the browser'); }; export const readFile = no; export const open = no; export const constants = {}; export const extname = (f) => { const m = /\\.[^./\\\\]*$/.exec(f); return m ? m[0] : ''; };`,
      loader: 'js',
    }));
    // mammoth's own browser build is shipped beside readers.js and loaded on demand
    build.onResolve({ filter: /^mammoth$/ }, () => ({ path: 'mammoth', namespace: 'mammoth-global' }));
    build.onLoad({ filter: /.*/, namespace: 'mammoth-global' }, () => ({
      contents: `module.exports = globalThis.mammoth;`,
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  platform: 'browser',
  target: ['chrome100', 'firefox100', 'safari15', 'edge100'],
  format: 'iife',
  minify: true,
  sourcemap: production ? false : 'external',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [browserPlugin],
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.siaran': 'text' },
};

const webOut = join(ROOT, 'dist', 'web');
const wordOut = join(ROOT, 'dist', 'word');
if (!existsSync(RULE_BUNDLE)) {
  // a rule file has problems (reported above): the CLI still runs from YAML, but a browser
  // build without the rules would check nothing, so there is none (its tests say so)
  rmSync(webOut, { recursive: true, force: true });
  rmSync(wordOut, { recursive: true, force: true });
  console.error('build-web: dist/builtin-rules.json is missing, so dist/web and dist/word are not built');
  process.exit(0);
}
mkdirSync(webOut, { recursive: true });
mkdirSync(wordOut, { recursive: true });

await Promise.all([
  esbuild.build({ ...common, entryPoints: [join(ROOT, 'web/src/engine.ts')], outfile: join(webOut, 'etika-asn.js'), globalName: 'EtikaAsn' }),
  esbuild.build({ ...common, entryPoints: [join(ROOT, 'web/src/readers.ts')], outfile: join(webOut, 'readers.js'), globalName: 'EtikaAsnReaders' }),
  esbuild.build({ ...common, entryPoints: [join(ROOT, 'web/src/app.ts')], outfile: join(webOut, 'app.js') }),
  esbuild.build({ ...common, entryPoints: [join(ROOT, 'office/word/src/taskpane.ts')], outfile: join(wordOut, 'taskpane.js') }),
]);

const mammoth = join(ROOT, 'node_modules', 'mammoth', 'mammoth.browser.min.js');
copyFileSync(mammoth, join(webOut, 'mammoth.browser.min.js'));
copyFileSync(join(ROOT, 'web', 'index.html'), join(webOut, 'index.html'));
copyFileSync(join(ROOT, 'web', 'app.css'), join(webOut, 'app.css'));

// the task pane ships the same engine and styles as the web checker
copyFileSync(join(webOut, 'etika-asn.js'), join(wordOut, 'etika-asn.js'));
copyFileSync(join(ROOT, 'web', 'app.css'), join(wordOut, 'app.css'));
for (const f of ['taskpane.html', 'taskpane.css']) copyFileSync(join(ROOT, 'office', 'word', f), join(wordOut, f));
cpSync(join(ROOT, 'office', 'word', 'assets'), join(wordOut, 'assets'), { recursive: true });

const size = (f) => statSync(f).size;
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
if (!process.argv.includes('--quiet')) {
  console.log(`web: etika-asn.js ${kb(size(join(webOut, 'etika-asn.js')))}, app.js ${kb(size(join(webOut, 'app.js')))}, readers.js ${kb(size(join(webOut, 'readers.js')))} (+ mammoth ${kb(size(mammoth))} on demand)`);
}

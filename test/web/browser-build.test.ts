// The browser build (dist/web/etika-asn.js) run in a bare vm context — no require, no process,
// no fetch — against the CLI (dist/cli.js) on every rule example, the fixtures and the examples:
// the same findings byte for byte (ranges, messages, fixes), the same summary, the same --fix.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { shippedRules } from '../helpers/rules';
import type * as Engine from '../../web/src/engine';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const BROWSER_BUILD = path.join(ROOT, 'dist', 'web', 'etika-asn.js');
const MAX_BYTES = 1.5 * 1024 * 1024;

function loadBrowserBuild(): typeof Engine {
  // only what every browser has; anything Node-only in the bundle fails here
  const sandbox: Record<string, unknown> = { TextDecoder, TextEncoder, URL };
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(BROWSER_BUILD, 'utf8'), sandbox, { filename: BROWSER_BUILD });
  return sandbox.EtikaAsn as typeof Engine;
}

function cli(args: string[], cwd: string): string {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  assert.ok(r.status === 0 || r.status === 1, `cli ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return r.stdout;
}

const languageIdOf = (file: string) => (/\.(md|markdown)$/.test(file) ? 'markdown' : /\.(siaran|rilis)$/.test(file) ? 'siaran-pers' : 'plaintext');

/** The finding as the CLI's JSON writes it (without the file name). */
function asCliJson(f: Engine.Finding) {
  return { ruleId: f.ruleId, category: f.category, severity: f.severity, range: f.range, message: f.message, basis: f.basis, fixes: f.fixes, match: f.match };
}

describe('browser build of the engine', function () {
  this.timeout(180_000);
  let web: typeof Engine;
  let dir: string;
  const texts = new Map<string, string>();

  before(function () {
    if (!fs.existsSync(BROWSER_BUILD)) throw new Error('dist/web/etika-asn.js is missing: run `npm run build` (npm test does)');
    web = loadBrowserBuild();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'etika-web-'));
    let n = 0;
    const add = (name: string, text: string) => {
      fs.writeFileSync(path.join(dir, name), text);
      texts.set(name, text);
    };
    for (const rule of shippedRules().rules) {
      for (const e of [...rule.examples.invalid, ...rule.examples.valid]) {
        add(`${String(n++).padStart(4, '0')}-${rule.id.replace('/', '--')}${e.languageId === 'markdown' ? '.md' : '.txt'}`, e.text);
      }
    }
    const copy = (folder: string, prefix: string) => {
      for (const f of fs.readdirSync(path.join(ROOT, folder))) {
        if (/\.(txt|md|siaran|rilis)$/.test(f)) add(`${prefix}-${f}`, fs.readFileSync(path.join(ROOT, folder, f), 'utf8'));
      }
    };
    copy('test/fixtures/abusive', 'abusive');
    copy('test/fixtures/clean', 'clean');
    copy('examples', 'example');
    copy('examples/e2e-workspace', 'e2e');
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it(`stays within ${MAX_BYTES / 1024 / 1024} MB and needs nothing but the language`, () => {
    const size = fs.statSync(BROWSER_BUILD).size;
    assert.ok(size <= MAX_BYTES, `${size} bytes`);
    const source = fs.readFileSync(BROWSER_BUILD, 'utf8');
    assert.doesNotMatch(source, /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|importScripts/);
    assert.equal(web.rules().length, shippedRules().rules.length);
  });

  it('finds what the CLI finds on every rule example, fixture and example, byte for byte', () => {
    const expected = JSON.parse(cli(['check', '--show-personal-data', '--format', 'json', '.'], dir)) as ({ file: string } & Record<string, unknown>)[];
    const byFile = new Map<string, unknown[]>();
    for (const { file, ...rest } of expected) byFile.set(path.basename(file), [...(byFile.get(path.basename(file)) ?? []), rest]);
    assert.ok(expected.length > 200, `only ${expected.length} findings: the comparison would prove little`);
    let compared = 0;
    for (const [name, text] of texts) {
      const got = web.check(text, { languageId: languageIdOf(name) }).map(asCliJson);
      assert.equal(JSON.stringify(got), JSON.stringify(byFile.get(name) ?? []), name);
      compared += got.length;
    }
    assert.equal(compared, expected.length);
  });

  it('applies the same safe fixes as `check --fix`', () => {
    const fixed = fs.mkdtempSync(path.join(os.tmpdir(), 'etika-web-fix-'));
    try {
      for (const [name, text] of texts) fs.writeFileSync(path.join(fixed, name), text);
      cli(['check', '--fix', '--format', 'json', '.'], fixed);
      let changed = 0;
      for (const [name, text] of texts) {
        const mine = web.applyFixes(text, undefined, { languageId: languageIdOf(name) }).text;
        assert.equal(mine, fs.readFileSync(path.join(fixed, name), 'utf8'), name);
        if (mine !== text) changed++;
      }
      assert.ok(changed > 20, `only ${changed} files had safe fixes`);
    } finally {
      fs.rmSync(fixed, { recursive: true, force: true });
    }
  });

  it('builds the same compliance summary as `summary --format json`', () => {
    for (const name of [...texts.keys()].filter((n) => /^(abusive|clean|example)-/.test(n))) {
      const expected = JSON.parse(cli(['summary', '--format', 'json', name], dir));
      const got = web.summary(texts.get(name)!, undefined, { file: name, languageId: languageIdOf(name) });
      assert.deepEqual(JSON.parse(JSON.stringify(got)), expected, name);
    }
  });

  it('with every config in the repository (.etika-asn.yaml under test/ and examples/), finds what the CLI finds there', () => {
    const configs: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory() && e.name !== 'node_modules') walk(path.join(d, e.name));
        else if (e.name === '.etika-asn.yaml') configs.push(path.join(d, e.name));
      }
    };
    walk(path.join(ROOT, 'test'));
    walk(path.join(ROOT, 'examples'));
    assert.ok(configs.length > 0);
    for (const file of configs) {
      const yamlText = fs.readFileSync(file, 'utf8');
      if (/^ruleFolders:/m.test(yamlText)) continue; // rule folders cannot be read in a browser (tested below)
      fs.writeFileSync(path.join(dir, '.etika-asn.yaml'), yamlText);
      try {
        const expected = JSON.parse(cli(['check', '--show-personal-data', '--format', 'json', '.'], dir)) as ({ file: string } & Record<string, unknown>)[];
        const byFile = new Map<string, unknown[]>();
        for (const { file: f, ...rest } of expected) byFile.set(path.basename(f), [...(byFile.get(path.basename(f)) ?? []), rest]);
        assert.equal(JSON.stringify(web.checker(yamlText).problems), "[]", file);
        for (const [name, text] of texts) {
          const got = web.check(text, { languageId: languageIdOf(name), config: yamlText }).map(asCliJson);
          assert.equal(JSON.stringify(got), JSON.stringify(byFile.get(name) ?? []), `${path.relative(ROOT, file)}: ${name}`);
        }
      } finally {
        fs.rmSync(path.join(dir, '.etika-asn.yaml'));
      }
    }
  });

  it('takes the config the CLI takes: rules off, severities, redaction style; bad keys are problems', () => {
    const text = 'Penerima bantuan atas nama Sri Wahyuni, NIK 3578014107850003, warga Kelurahan Gubeng. Dasar goblok!';
    const yamlText = 'rules:\n  kesantunan: off\n  data-pribadi/nik: warning\nredaction: partial\n';
    fs.writeFileSync(path.join(dir, '.etika-asn.yaml'), yamlText);
    fs.writeFileSync(path.join(dir, 'config-case.txt'), text);
    try {
      const expected = JSON.parse(cli(['check', '--show-personal-data', '--format', 'json', 'config-case.txt'], dir)).map(({ file: _f, ...rest }: { file: string }) => rest);
      const asObject = web.check(text, { config: { rules: { kesantunan: 'off', 'data-pribadi/nik': 'warning' }, redaction: 'partial' } }).map(asCliJson);
      const asYaml = web.check(text, { config: yamlText }).map(asCliJson);
      assert.equal(JSON.stringify(asObject), JSON.stringify(expected));
      assert.equal(JSON.stringify(asYaml), JSON.stringify(expected));
      assert.ok(asObject.some((f) => f.ruleId === 'data-pribadi/nik' && f.severity === 'warning'));
      assert.ok(!asObject.some((f) => f.category === 'kesantunan'));
      const redacted = web.redactAll(text, undefined, { config: { redaction: 'partial' } }).text;
      assert.notEqual(redacted, text);
      assert.ok(!redacted.includes('3578014107850003'));
    } finally {
      fs.rmSync(path.join(dir, '.etika-asn.yaml'));
      fs.rmSync(path.join(dir, 'config-case.txt'));
    }
    const bad = web.readConfig({ rules: { kesantunan: 'loud' }, nonsense: 1, ruleFolders: ['./x'] });
    assert.equal(bad.problems.length, 3, JSON.stringify(bad.problems));
    assert.ok(bad.problems.some((p) => /ruleFolders/.test(p.message)));
  });
});

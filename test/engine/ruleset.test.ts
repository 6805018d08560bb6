// The rule set's own version reaches every compliance summary and the CLI's --version, so an
// archived report says which rules judged it.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSummary, renderSummary, RULESET_VERSION } from '../../server/src/engine';

const root = join(__dirname, '..', '..');
const declared = JSON.parse(readFileSync(join(root, 'rules', 'ruleset.json'), 'utf8')).version as string;

describe('rule set version', () => {
  it('is a semantic version, taken from rules/ruleset.json', () => {
    assert.match(declared, /^\d+\.\d+\.\d+$/);
    assert.equal(RULESET_VERSION, declared);
  });

  it('is named in the summary in every format', () => {
    const s = buildSummary('Dinas Kominfo menggelar pelatihan.', []);
    assert.equal(s.rulesetVersion, declared);
    for (const format of ['md', 'html', 'json'] as const) assert.ok(renderSummary(s, format).includes(declared), format);
  });

  it('is printed by etika-asn --version beside the program version', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
    const out = execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), '--version'], { encoding: 'utf8' });
    assert.equal(out.trim(), `${pkg} (aturan ${declared})`);
  });

  it('the changelog names the rule set version of the current release', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
    const section = readFileSync(join(root, 'CHANGELOG.md'), 'utf8').split(/^## /m).find((s) => s.startsWith(pkg));
    assert.ok(section, `CHANGELOG.md has a section for ${pkg}`);
    assert.match(section!, new RegExp(`Aturan ${declared.replace(/\./g, '\\.')}`));
  });
});

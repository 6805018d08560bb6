import assert from 'node:assert/strict';
import { parseConfig } from '../../server/src/engine';
import { planProject } from '../../server/src/node/project';
import { builtinRulesDir } from '../../server/src/node/ruleFiles';

// The CLI (loadProject) and the language server (ConfigManager) both combine a config file with
// the settings over it through planProject.
describe('node/project: planProject', () => {
  const read = parseConfig('/kantor/.etika-asn.yaml', 'redaction: partial\nallow: [Sari]\nrules:\n  kesantunan: warning\nruleFolders: [/kantor/aturan]\n');

  it('overrides win key by key; lists add up; rule maps merge', () => {
    const plan = planProject(read, { redaction: 'label', allow: ['Budi'], rules: { 'hoaks/ajakan-viralkan': 'off' } });
    assert.equal(plan.config.redaction, 'label');
    assert.deepEqual(plan.config.allow, ['Sari', 'Budi']);
    assert.deepEqual(plan.config.rules, { kesantunan: 'warning', 'hoaks/ajakan-viralkan': 'off' });
  });

  it('rule folders load after the built-in rules, the settings\' after the file\'s', () => {
    const plan = planProject(read, { ruleFolders: ['/pengguna/aturan'] });
    assert.deepEqual(plan.ruleDirs, [builtinRulesDir(), '/kantor/aturan', '/pengguna/aturan']);
    assert.deepEqual(plan.skippedFolders, []);
  });

  it('an untrusted workspace skips the file\'s rule folders only, and says which', () => {
    const plan = planProject(read, { ruleFolders: ['/pengguna/aturan'] }, false);
    assert.deepEqual(plan.ruleDirs, [builtinRulesDir(), '/pengguna/aturan']);
    assert.deepEqual(plan.skippedFolders, ['/kantor/aturan']);
  });

  it('no file: the overrides alone', () => {
    const plan = planProject(undefined, { redaction: 'initials' });
    assert.equal(plan.config.redaction, 'initials');
    assert.deepEqual(plan.ruleDirs, [builtinRulesDir()]);
  });
});

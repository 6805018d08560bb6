// The generated rule reference must match the rule files: run `npm run docs` after editing a rule.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DOCS_DIR, renderDocs } from '../../scripts/gen-docs';
import { shippedRules } from '../helpers/rules';

describe('generated rule docs', () => {
  const pages = renderDocs(shippedRules().rules);

  it('every rule has an up-to-date page and the index lists it (run `npm run docs`)', () => {
    const stale: string[] = [];
    for (const [rel, text] of pages) {
      const file = path.join(DOCS_DIR, rel);
      if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) stale.push(rel);
    }
    assert.deepEqual(stale, []);
  });

  it('no page is left for a rule that no longer exists', () => {
    const onDisk: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else onDisk.push(path.relative(DOCS_DIR, full).split(path.sep).join('/'));
      }
    };
    walk(path.join(DOCS_DIR, 'rules'));
    assert.deepEqual(onDisk.filter((p) => !pages.has(p)), []);
  });
});

// The user guide (docs/panduan) is read offline from the .vsix and the .oxt: every link to
// another page and every picture it names must be there.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const guide = join(__dirname, '..', '..', 'docs', 'panduan');

describe('docs/panduan (user guide)', () => {
  const pages = readdirSync(guide).filter((f) => f.endsWith('.md'));

  it('has an index and the pages it lists', () => {
    const index = readFileSync(join(guide, 'README.md'), 'utf8');
    const listed = [...index.matchAll(/\]\((\d\d-[\w-]+\.md)\)/g)].map((m) => m[1]);
    assert.ok(listed.length >= 6, 'the index lists the guide pages');
    assert.deepEqual([...new Set(listed)].sort(), pages.filter((p) => p !== 'README.md').sort());
  });

  for (const page of pages) {
    it(`${page}: every relative link and picture exists`, () => {
      const text = readFileSync(join(guide, page), 'utf8');
      const targets = [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]).filter((t) => !/^[a-z]+:/.test(t));
      for (const t of targets) assert.ok(existsSync(normalize(join(dirname(join(guide, page)), t))), `${page} → ${t}`);
    });
  }
});

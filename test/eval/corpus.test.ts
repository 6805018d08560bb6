// The real-text corpus (corpus/*.jsonl) is well-formed: the fields the eval reads, ids that
// name their file, the fixed sha1 split, and a SOURCES.md row for every source key. Local-only sets
// (corpus/local/, git-ignored) are checked the same way when they have been rebuilt on this machine.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CATEGORIES } from '../../server/src/engine/types';
import { corpusFiles, GENRES, loadCorpus, LOCAL_DIR, LOCAL_SETS, localCorpusFiles, splitOf } from '../../scripts/eval-corpus';

const CORPUS = path.join(__dirname, '..', '..', 'corpus');
const FIELDS = ['id', 'text', 'genre', 'labels', 'split', 'source'].sort();

describe('real-text corpus (corpus/*.jsonl)', () => {
  const committed = loadCorpus(corpusFiles(CORPUS));
  const files = [...committed, ...loadCorpus(localCorpusFiles(CORPUS).present)];
  // SOURCES.md, plus the rows helpers add in SOURCES-<helper>.md until they are merged into it
  const sources = fs.readdirSync(CORPUS).filter((f) => /^SOURCES(?:-[\w-]+)?\.md$/.test(f)).map((f) => fs.readFileSync(path.join(CORPUS, f), 'utf8')).join('\n');
  // Source keys are the first cell of a table row, in backticks.
  const sourceKeys = new Set([...sources.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((m) => m[1]));

  it('has the sets the eval needs (committed files alone)', () => {
    const all = committed.flatMap((f) => f.items);
    const count = (pred: (i: (typeof all)[number]) => boolean) => all.filter(pred).length;
    assert.ok(count((i) => i.genre === 'social' && i.labels.kesantunan !== undefined) >= 1000, 'social posts labelled for kesantunan');
    assert.ok(count((i) => i.labels.hoaks === 1) >= 150, 'hoax-style items');
    assert.ok(count((i) => i.labels.hoaks === 0 && i.genre === 'news') >= 300, 'verified news');
    assert.ok(count((i) => i.genre === 'official') >= 200, 'official documents');
  });

  for (const { file, items } of files) {
    const name = path.basename(file, '.jsonl');
    it(`${name}.jsonl: every item is well-formed`, () => {
      const problems: string[] = [];
      items.forEach((item, i) => {
        const where = `${name}.jsonl:${i + 1}`;
        const keys = Object.keys(item).sort();
        if (keys.join() !== FIELDS.join()) problems.push(`${where}: fields ${keys.join(',')}`);
        if (typeof item.id !== 'string' || !item.id.startsWith(`${name}:`) || item.id.length <= name.length + 1) problems.push(`${where}: id ${item.id} does not start with "${name}:"`);
        if (typeof item.text !== 'string' || !item.text.trim()) problems.push(`${where}: empty text`);
        if (!(GENRES as readonly string[]).includes(item.genre)) problems.push(`${where}: genre ${item.genre}`);
        const labels = Object.entries(item.labels ?? {});
        if (labels.length === 0) problems.push(`${where}: no labels`);
        for (const [c, v] of labels) {
          if (!(CATEGORIES as readonly string[]).includes(c)) problems.push(`${where}: unknown category ${c}`);
          if (v !== 0 && v !== 1) problems.push(`${where}: label ${c}=${v}`);
        }
        if (item.genre === 'official' && (labels.length !== CATEGORIES.length || labels.some(([, v]) => v !== 0)))
          problems.push(`${where}: official text must be labelled 0 for all nine categories`);
        if (item.split !== splitOf(item.id)) problems.push(`${where}: split ${item.split}, sha1 rule says ${splitOf(item.id)}`);
        if (!sourceKeys.has(item.source)) problems.push(`${where}: source ${item.source} has no row in corpus/SOURCES.md`);
      });
      assert.deepEqual(problems.slice(0, 20), []);
    });
  }

  it('local-only sets are git-ignored, rebuilt by the build script and recorded in SOURCES.md', () => {
    const root = path.join(CORPUS, '..');
    const ignored = fs.readFileSync(path.join(root, '.gitignore'), 'utf8').split('\n').map((l) => l.trim());
    assert.ok(ignored.includes(`corpus/${LOCAL_DIR}/`), `.gitignore lists corpus/${LOCAL_DIR}/`);
    const build = fs.readFileSync(path.join(CORPUS, 'build', 'build_corpus.py'), 'utf8');
    for (const name of LOCAL_SETS) {
      assert.ok(build.includes(`write('${name}'`) && build.includes(', LOCAL)'), `build_corpus.py writes ${name} into corpus/${LOCAL_DIR}/`);
      const row = sources.split('\n').find((l) => l.startsWith('| `') && l.includes(`corpus/${LOCAL_DIR}/${name}.jsonl`));
      assert.ok(row && /rebuild locally/i.test(row), `SOURCES.md has a "rebuild locally" row naming corpus/${LOCAL_DIR}/${name}.jsonl`);
    }
    // No local-only set is committed under corpus/ itself.
    const committedNames = committed.map((f) => path.basename(f.file, '.jsonl'));
    assert.deepEqual(committedNames.filter((n) => (LOCAL_SETS as readonly string[]).includes(n)), []);
  });

  it('ids are unique across files', () => {
    const seen = new Map<string, string>();
    const dup: string[] = [];
    for (const { file, items } of files)
      for (const item of items) {
        if (seen.has(item.id)) dup.push(`${item.id} in ${path.basename(file)} and ${seen.get(item.id)}`);
        seen.set(item.id, path.basename(file));
      }
    assert.deepEqual(dup, []);
  });

  it('splitOf follows the sha1 rule (first byte < 102 is test)', () => {
    // sha1("a") starts 0x86 = 134 -> dev; sha1("d") starts 0x3c = 60 -> test.
    assert.equal(splitOf('a'), 'dev');
    assert.equal(splitOf('d'), 'test');
    const ids = Array.from({ length: 2000 }, (_, i) => `x:${i}`);
    const share = ids.filter((id) => splitOf(id) === 'test').length / ids.length;
    assert.ok(share > 0.36 && share < 0.44, `test share ${share}`);
  });
});

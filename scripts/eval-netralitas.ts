/**
 * Netralitas and kepentingan-pribadi on corpus/election-*.jsonl and corpus/selling-*.jsonl,
 * until the shared `npm run eval` reads them: precision and recall of "any finding of the
 * category", with and without each set's registry (corpus/<set>.registry.yaml), and how
 * often news/official items get an error or warning.
 *   npx tsx scripts/eval-netralitas.ts [--split dev|test] [--errors]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter, parseConfig, type ProjectConfig } from '../server/src/engine';
import { loadRuleDirs } from '../server/src/node/ruleFiles';

const root = join(__dirname, '..');
const split = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : 'dev';
const showErrors = process.argv.includes('--errors');
/** Per rule and configuration: items it fired on that are labelled 1 / 0 for its category. */
const perRule = new Map<string, { tp: number; fp: number }>();
const { rules } = loadRuleDirs([join(root, 'rules')]);

interface Item {
  id: string;
  text: string;
  genre: string;
  labels: Record<string, number>;
  split: string;
}

for (const file of readdirSync(join(root, 'corpus')).filter((f) => /^(?:election|selling)-.*\.jsonl$/.test(f))) {
  const items = readFileSync(join(root, 'corpus', file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Item).filter((i) => i.split === split);
  const registryFile = join(root, 'corpus', file.replace(/\.jsonl$/, '.registry.yaml'));
  const configs: [string, ProjectConfig][] = [['tanpa daftar', {}]];
  if (existsSync(registryFile)) configs.push(['dengan daftar', parseConfig(registryFile, readFileSync(registryFile, 'utf8')).config]);
  for (const [name, config] of configs) {
    const linter = new Linter(rules, config);
    for (const category of ['netralitas', 'kepentingan-pribadi']) {
      let tp = 0, fp = 0, fn = 0, formal = 0, formalFlagged = 0;
      for (const item of items) {
        const label = item.labels[category];
        if (label === undefined) continue;
        const findings = linter.lint(item.text).filter((f) => f.category === category);
        const hit = findings.length > 0;
        for (const id of new Set(findings.map((f) => `${f.ruleId} (${f.severity}, ${name})`))) {
          const c = perRule.get(id) ?? { tp: 0, fp: 0 };
          if (label === 1) c.tp++;
          else c.fp++;
          perRule.set(id, c);
        }
        if (label === 1 && hit) tp++;
        else if (label === 1) fn++;
        else if (hit) fp++;
        if (item.genre === 'news' || item.genre === 'official') {
          formal++;
          if (findings.some((f) => f.severity === 'error' || f.severity === 'warning')) formalFlagged++;
        }
        if (showErrors && (label === 1) !== hit) console.log(`  ${label === 1 ? 'MISS' : 'FALSE'} ${item.id} ${findings.map((f) => f.ruleId).join(',')} | ${item.text.slice(0, 140).replace(/\n/g, ' ')}`);
      }
      if (tp + fp + fn === 0 && formal === 0) continue;
      const p = tp + fp ? tp / (tp + fp) : NaN;
      const r = tp + fn ? tp / (tp + fn) : NaN;
      console.log(`${file} [${split}] ${name} ${category}: precision ${p.toFixed(3)} recall ${r.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn}); news/official with error|warning ${formalFlagged}/${formal}`);
    }
  }
}

console.log(`\nper rule [${split}]: items fired on (labelled 1 / labelled 0), precision`);
for (const [id, c] of [...perRule].sort()) console.log(`  ${id}: ${c.tp} / ${c.fp}, ${(c.tp / (c.tp + c.fp)).toFixed(2)}`);

// Build step: parse and validate every shipped rule once, and write them as JSON beside
// the bundled programs so the CLI and the server start without YAML or schema work.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { formatProblem, RULE_BUNDLE, ruleFilesIn } from '../server/src/node/ruleFiles';
import { parseRule, toBundledRule, type BundledRule } from '../server/src/engine';

const rulesDir = path.resolve('rules');
const outFile = path.join(process.argv[2] ?? 'dist', RULE_BUNDLE);
const files: string[] = [];
ruleFilesIn(rulesDir, files);

const bundle: BundledRule[] = [];
let failed = 0;
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const parsed = parseRule(file, text);
  if (parsed.rule) {
    bundle.push(toBundledRule(path.relative(rulesDir, file).split(path.sep).join('/'), parse(text), parsed.rule));
  }
  else {
    failed++;
    for (const p of parsed.problems) console.error(`bundle-rules: ${formatProblem(p)}`);
  }
}
if (failed > 0) {
  // a bundle missing rules would hide them; without it, rules load from YAML and report their problems
  fs.rmSync(outFile, { force: true });
  console.error(`bundle-rules: ${failed} rule file(s) have problems; no bundle written`);
} else {
  fs.writeFileSync(outFile, JSON.stringify(bundle));
}

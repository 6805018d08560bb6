/**
 * npm run eval — quality of the rules on real text (corpus/*.jsonl, see corpus/SOURCES.md).
 *
 *   npm run eval [-- --split dev|test|all] [--errors] [--json FILE] [--min]
 *   npm run eval -- --pii [...]      the personal-data eval on test/corpus/ (scripts/eval-pii.ts)
 *
 * --split    which items to measure (default dev). Tune rules on dev only; test is for reporting.
 * --errors   list misses and false alarms (with the rules and matched text) after the tables.
 * --json     write the figures to FILE.
 * --min      exit 1 when a target is missed (including an error rule under 0.95 precision).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtinEngine, corpusFiles, evaluate, loadCorpus, renderErrors, renderReport, type Split } from './eval-corpus';
import { runPiiEval } from './eval-pii';

function main(args: string[]): number {
  if (args.includes('--pii')) return runPiiEval(args.filter((a) => a !== '--pii'));
  const valueOf = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const split = (valueOf('--split') ?? 'dev') as Split | 'all';
  if (!['dev', 'test', 'all'].includes(split)) {
    console.error(`--split must be dev, test or all (got ${split})`);
    return 2;
  }
  const root = resolve(__dirname, '..');
  const files = corpusFiles(join(root, 'corpus'));
  const items = loadCorpus(files).flatMap((f) => f.items);
  const t0 = performance.now();
  const { lint, rules } = builtinEngine();
  const report = evaluate(items, lint, rules, split);
  const ms = performance.now() - t0;
  console.log(`${files.length} files in corpus/, ${rules.length} built-in rules, ${ms.toFixed(0)} ms.`);
  console.log(renderReport(report));
  if (args.includes('--errors')) {
    if (split !== 'dev') console.log('\n(Listing errors on the test split: read them to report, never to tune rules.)');
    console.log(renderErrors(report));
  }
  const json = valueOf('--json');
  if (json) {
    const { errors, ...figures } = report;
    writeFileSync(json, JSON.stringify({ ...figures, errorCount: errors.length }, null, 2) + '\n');
  }
  return args.includes('--min') && report.targets.some((t) => !t.ok) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));

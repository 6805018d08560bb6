/**
 * npm run eval — quality of the rules on real text (corpus/*.jsonl, see corpus/SOURCES.md).
 *
 *   npm run eval [-- --split dev|test|all] [--errors] [--json FILE] [--min]
 *   npm run eval -- --pii [...]      the personal-data eval on test/corpus/ (scripts/eval-pii.ts)
 *
 * --split    which items to measure (default dev). Tune rules on dev only; test is for reporting.
 * --errors   list misses and false alarms (with the rules and matched text) after the tables.
 * --json     write the figures to FILE.
 * --min      exit 1 when a target is missed (including an error rule under 0.95 precision);
 *            judged on the committed corpus only, so it means the same on every machine.
 *
 * A set with an election registry (corpus/<set>.registry.yaml) is measured again with it, in its
 * own report: the netralitas registry rules are silent without one.
 *
 * Local-only sets (corpus/local/, not committed: their licence does not allow it) are measured
 * when present, each in its own report after the committed corpus; absent ones are named.
 */
import { writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { builtinEngine, corpusFiles, evaluate, loadCorpus, localCorpusFiles, registryOf, renderErrors, renderReport, type EvalReport, type Split } from './eval-corpus';
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
  const corpusDir = join(root, 'corpus');
  const files = corpusFiles(corpusDir);
  const local = localCorpusFiles(corpusDir);
  const corpus = loadCorpus(files);
  const items = corpus.flatMap((f) => f.items);
  // Targets with nothing to measure in a set of its own are left out.
  const measured = (r: EvalReport): EvalReport => ({ ...r, targets: r.targets.filter((t) => t.value !== '-') });
  const t0 = performance.now();
  const { lint, rules } = builtinEngine();
  const report = evaluate(items, lint, rules, split);
  const localReports = loadCorpus(local.present).map(({ file, items: localItems }) => ({
    set: basename(file, '.jsonl'),
    report: measured(evaluate(localItems, lint, rules, split)),
  }));
  const registryReports = corpus.flatMap(({ file, items: setItems }) => {
    const registry = registryOf(file);
    if (!registry) return [];
    const engine = builtinEngine(registry.config);
    return [{ set: basename(file, '.jsonl'), registry: basename(registry.file), report: measured(evaluate(setItems, engine.lint, engine.rules, split, { registry: true })) }];
  });
  const ms = performance.now() - t0;
  console.log(`${files.length} files in corpus/, ${rules.length} built-in rules, ${ms.toFixed(0)} ms.`);
  console.log(`Local-only sets (corpus/local/, not committed): ${local.present.length ? local.present.map((f) => basename(f, '.jsonl')).join(', ') : 'none present'}.`);
  if (local.absent.length)
    console.log(`ABSENT local-only sets, not measured: ${local.absent.join(', ')} (rebuild: python3 corpus/build/build_corpus.py --local MIRRORS_DIR; see corpus/SOURCES.md).`);
  console.log('\n== Committed corpus (corpus/*.jsonl) ==\n');
  console.log(renderReport(report));
  for (const { set, registry, report: r } of registryReports) {
    console.log(`\n== ${set} with its election registry (corpus/${registry}) ==\n`);
    console.log(renderReport(r));
  }
  for (const { set, report: r } of localReports) {
    console.log(`\n== Local-only set ${set} (corpus/local/; figures kept apart from the committed corpus) ==\n`);
    console.log(renderReport(r));
  }
  if (args.includes('--errors')) {
    if (split !== 'dev') console.log('\n(Listing errors on the test split: read them to report, never to tune rules.)');
    console.log(renderErrors(report));
    for (const { set, report: r } of registryReports) {
      console.log(`\n== Errors in ${set} with its election registry ==`);
      console.log(renderErrors(r));
    }
    for (const { set, report: r } of localReports) {
      console.log(`\n== Errors in local-only set ${set} ==`);
      console.log(renderErrors(r));
    }
  }
  const json = valueOf('--json');
  if (json) {
    const figures = ({ errors, ...rest }: EvalReport) => ({ ...rest, errorCount: errors.length });
    const local_ = Object.fromEntries(localReports.map(({ set, report: r }) => [set, figures(r)]));
    const withRegistry = Object.fromEntries(registryReports.map(({ set, report: r }) => [set, figures(r)]));
    writeFileSync(json, JSON.stringify({ ...figures(report), registrySets: withRegistry, localSets: local_, absentLocalSets: local.absent }, null, 2) + '\n');
  }
  const missed = [report, ...registryReports.map((r) => r.report)].some((r) => r.targets.some((t) => !t.ok));
  return args.includes('--min') && missed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));

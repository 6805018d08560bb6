// npm run fuzz [N] [SEED]: N seeded documents (generated from the rules' examples, then
// mutated) through the engine, the fixer and the incremental re-check. Prints crashes,
// invariant violations and the slowest inputs; exits 1 when anything broke. Not in npm test.
//   invariants: ranges inside the text and equal to their offsets, match = text at the range;
//   fixing twice = fixing once; no finding after fixing that the text did not have there;
//   the fix's edits reproduce the fixed text; incremental re-check = full check.
import { performance } from 'node:perf_hooks';
import { applyOffsetEdits, fixText, LineIndex, type Finding } from '../server/src/engine';
import { lintFull, relint } from '../server/src/lsp/incremental';
import { documentPieces, newFindings, randomDocument } from '../test/helpers/documents';
import { shippedLinter } from '../test/helpers/rules';
import { mulberry32 } from './prng';

const N = Number(process.argv[2] ?? 1000);
const SEED = Number(process.argv[3] ?? 15);
const linter = shippedLinter();
const pieces = documentPieces();
const NOISE = ['\u0000', '\uFFFD', '\uD83D', '🙏', '\u200B', '\t', '`', '](', '<!--', '```', '[etika-asn-disable', '*', '@', '0812', '.', '!!!', '  '];

function mutate(text: string, rand: () => number): string {
  for (let k = Math.floor(rand() * 4); k > 0; k--) {
    const at = Math.floor(rand() * (text.length + 1));
    const r = rand();
    if (r < 0.3) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(rand() * 10));
    else if (r < 0.7) text = text.slice(0, at) + NOISE[Math.floor(rand() * NOISE.length)] + text.slice(at);
    else text = text.slice(0, at) + pieces[Math.floor(rand() * pieces.length)] + text.slice(at);
  }
  return text;
}

function rangeProblems(text: string, findings: Finding[]): string[] {
  const lines = new LineIndex(text);
  const out: string[] = [];
  for (const f of findings) {
    const { start, end } = f.offset;
    if (!(start >= 0 && start <= end && end <= text.length)) out.push(`${f.ruleId}: offset ${start}-${end} outside 0-${text.length}`);
    else if (JSON.stringify(lines.range(start, end)) !== JSON.stringify(f.range)) out.push(`${f.ruleId}: range does not match offsets`);
    else if (text.slice(start, end) !== f.match) out.push(`${f.ruleId}: match is not the text at its range`);
  }
  return out;
}

const key = (f: Finding) => JSON.stringify([f.ruleId, f.range, f.offset, f.message, f.fixes]);
const problems: { seed: number; what: string; doc: string }[] = [];
const times: { seed: number; ms: number; length: number }[] = [];
let findingsTotal = 0;
let fixedDocs = 0;
const t0 = performance.now();
for (let i = 0; i < N; i++) {
  const seed = SEED * 1_000_003 + i;
  const rand = mulberry32(seed);
  const doc = mutate(randomDocument(rand, 1 + Math.floor(rand() * 12)), rand);
  const languageId = rand() < 0.3 ? 'markdown' : 'plaintext';
  const report = (what: string) => problems.push({ seed, what, doc });
  const start = performance.now();
  try {
    const findings = linter.lint(doc, { languageId });
    findingsTotal += findings.length;
    for (const p of rangeProblems(doc, findings)) report(`range: ${p}`);
    const once = fixText(linter, doc, { languageId, findings });
    if (once.applied > 0) fixedDocs++;
    if (applyOffsetEdits(doc, once.edits) !== once.text) report('fix: edits do not reproduce the fixed text');
    const twice = fixText(linter, once.text, { languageId });
    if (twice.text !== once.text) report(`fix: not idempotent: ${JSON.stringify(once.text)} -> ${JSON.stringify(twice.text)}`);
    const fresh = newFindings(findings, once.edits, linter.lint(once.text, { languageId }));
    if (fresh.length > 0) report(`fix: new findings ${fresh.map((f) => `${f.ruleId}:${f.match}`).join(', ')} in ${JSON.stringify(once.text)}`);
    // an edit somewhere, re-checked incrementally on a document long enough to be cut
    const long = Array.from({ length: 12 }, () => randomDocument(rand, 3)).join('\n') + '\n' + doc;
    const edited = mutate(long, rand);
    const inc = relint(lintFull(linter, long, languageId), linter, edited, languageId);
    const full = lintFull(linter, edited, languageId);
    if (inc.findings.map(key).join('\n') !== full.findings.map(key).join('\n')) report('incremental differs from a full check');
  } catch (e) {
    report(`crash: ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
  }
  times.push({ seed, ms: performance.now() - start, length: doc.length });
}
const total = (performance.now() - t0) / 1000;
console.log(`fuzz: ${N} documents (seed ${SEED}) in ${total.toFixed(1)} s, ${findingsTotal} findings, ${fixedDocs} documents changed by fixes`);
console.log(`problems: ${problems.length}`);
for (const p of problems.slice(0, 20)) console.log(`  seed ${p.seed}: ${p.what}\n    ${JSON.stringify(p.doc).slice(0, 300)}`);
times.sort((a, b) => b.ms - a.ms);
console.log('slowest:');
for (const t of times.slice(0, 5)) console.log(`  seed ${t.seed}: ${t.ms.toFixed(1)} ms, ${t.length} chars`);
process.exitCode = problems.length > 0 ? 1 : 0;

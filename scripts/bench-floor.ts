// npm run bench:floor: the whole CLI process on the ~1 MB bench document, side by side with
// the tokenisation floor (a process that reads the file, lower-cases it and counts its
// words), run in turn so both see the same machine load. Figures are printed, never asserted.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeDocument } from './bench-document';

const runs = Number(process.env.ETIKA_BENCH_RUNS ?? 10);
const file = join(tmpdir(), `etika-asn-bench-${process.pid}.txt`);
writeFileSync(file, makeDocument(1024 * 1024));
const cli = resolve(__dirname, '..', 'dist', 'cli.js');
const FLOOR = "let n = 0; for (const _ of require('fs').readFileSync(process.argv[1], 'utf8').toLowerCase().matchAll(/\\p{L}+/gu)) n++; console.log(n);";

function wallMs(args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (r.error) throw r.error;
  return performance.now() - t;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const lint: number[] = [];
const floor: number[] = [];
const ratios: number[] = [];
wallMs([cli, 'check', file, '--format', 'json']); // warm the file cache
for (let i = 0; i < runs; i++) {
  const a = wallMs([cli, 'check', file, '--format', 'json']);
  const b = wallMs(['-e', FLOOR, file]);
  lint.push(a);
  floor.push(b);
  ratios.push(a / b);
}
console.log(`whole process, ${runs} runs each in turn, wall-clock medians:`);
console.log(`  etika-asn check --format json: ${median(lint).toFixed(0)} ms`);
console.log(`  floor (read, toLowerCase, /\\p{L}+/gu): ${median(floor).toFixed(0)} ms`);
console.log(`  ratio (median of per-pair ratios): ${median(ratios).toFixed(2)}x  [target <= 4x: ${median(ratios) <= 4 ? 'ok' : 'OVER TARGET'}]`);

// npm run bench (memory part): a 10 MB document in the language server's re-check loop,
// 203 edits each adding a new 20-letter word. Word caches keyed by slices of the document
// once kept every version alive (134 MB -> 4.1 GB, then the server died). RSS must stay
// under 300 MB. Printed, never asserted.
import { performance } from 'node:perf_hooks';
import { mulberry32 } from './prng';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadRuleDirs, builtinRulesDir } = require('../server/src/node/ruleFiles') as typeof import('../server/src/node/ruleFiles');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Linter } = require('../server/src/engine') as typeof import('../server/src/engine');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lintFull, relint } = require('../server/src/lsp/incremental') as typeof import('../server/src/lsp/incremental');

const SENTENCES = [
  'Pemerintah kabupaten meluncurkan program imunisasi lanjutan bagi balita di seluruh kecamatan.',
  'Kepala dinas menyampaikan bahwa pendaftaran dibuka secara daring mulai pekan depan.',
  'Warga dapat menyampaikan pengaduan melalui kanal resmi yang aktif setiap hari.',
  'Dasar goblok, kerja begitu saja nggak becus wkwkwk!',
  'Petugas membersihkan saluran air di sepanjang jalan utama untuk mencegah banjir.',
];
const rand = mulberry32(20261202);
const target = Number(process.env.ETIKA_BENCH_MEMORY_MB ?? 10) * 1024 * 1024;
const edits = Number(process.env.ETIKA_BENCH_MEMORY_EDITS ?? 203);
const parts: string[] = [];
let size = 0;
while (size < target) {
  // one sentence in a hundred breaks a rule
  const s = rand() < 0.01 ? SENTENCES[3] : SENTENCES[[0, 1, 2, 4][Math.floor(rand() * 4)]];
  // paragraphs of a few sentences, as a press release has
  parts.push(rand() < 0.25 ? `${s}\n\n` : `${s} `);
  size += s.length + 1;
}
let text = parts.join('');
const linter = new Linter(loadRuleDirs([builtinRulesDir()]).rules);
const gc = (globalThis as { gc?: () => void }).gc;
const rss = () => {
  gc?.();
  return process.memoryUsage().rss / 2 ** 20;
};
const letters = 'abcdefghijklmnopqrstuvwxyz';
let snapshot = lintFull(linter, text, 'plaintext');
const before = rss();
const t0 = performance.now();
let peak = before;
for (let i = 0; i < edits; i++) {
  let word = ' ';
  for (let k = 0; k < 20; k++) word += letters[Math.floor(rand() * 26)];
  const at = text.indexOf(' ', Math.floor(rand() * text.length));
  text = text.slice(0, at) + word + text.slice(at);
  snapshot = relint(snapshot, linter, text, 'plaintext');
  if (i % 20 === 0) peak = Math.max(peak, rss());
}
const after = rss();
peak = Math.max(peak, after);
const ok = after < 300;
console.log(
  `memory: ${(size / 2 ** 20).toFixed(0)} MB document, ${edits} edits adding a new 20-letter word (re-check as the language server does): ` +
    `RSS ${before.toFixed(0)} MB -> ${after.toFixed(0)} MB, ${((performance.now() - t0) / edits).toFixed(0)} ms per edit  [target < 300 MB after the edits: ${ok ? 'ok' : 'OVER TARGET'}; highest reading on the way ${peak.toFixed(0)} MB]`,
);

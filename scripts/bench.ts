// npm run bench: how fast and how lean the engine is on a ~1 MB document.
// Figures are printed, never asserted: timing belongs here, not in unit tests.
import { performance } from 'node:perf_hooks';
import { mulberry32 } from './prng';

const coldStart = performance.now();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadRuleDirs, builtinRulesDir } = require('../server/src/node/ruleFiles') as typeof import('../server/src/node/ruleFiles');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Linter } = require('../server/src/engine') as typeof import('../server/src/engine');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseConfig } = require('../server/src/engine') as typeof import('../server/src/engine');
const loaded = loadRuleDirs([builtinRulesDir()]);
// ETIKA_BENCH_CONFIG=<.etika-asn.yaml>: lint with that config (e.g. a 50-candidate election registry)
const benchConfig = process.env.ETIKA_BENCH_CONFIG;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const linter = new Linter(loaded.rules, benchConfig ? parseConfig(benchConfig, require('node:fs').readFileSync(benchConfig, 'utf8')).config : {});
const coldMs = performance.now() - coldStart;

const CLEAN = [
  'Pemerintah Kabupaten Sleman melalui Dinas Kesehatan meluncurkan program imunisasi lanjutan bagi {n} balita di {k} kecamatan.',
  'Menurut data Badan Pusat Statistik, tingkat inflasi tahunan pada bulan Oktober tercatat sebesar {p} persen.',
  'Kepala Dinas Pendidikan menyampaikan bahwa penerimaan peserta didik baru dilaksanakan secara daring mulai {d} Juli 2026.',
  'Komisi Pemilihan Umum menetapkan jadwal debat calon kepala daerah yang akan disiarkan langsung oleh televisi nasional.',
  'Bawaslu mengimbau seluruh ASN menjaga netralitas selama tahapan pemilihan berlangsung.',
  'Anggaran pembangunan jalan tahun ini sebesar Rp{n}.500.000.000 bersumber dari APBD sesuai Peraturan Daerah Nomor 3 Tahun 2025.',
  'Masyarakat dapat menyampaikan pengaduan melalui kanal resmi LAPOR! atau pusat panggilan 112 yang aktif 24 jam.',
  '"Kami berkomitmen meningkatkan kualitas pelayanan publik," ujar Sekretaris Daerah dalam rapat koordinasi di Balai Kota.',
  'Polres setempat menangkap dua tersangka penipuan daring dan menyita barang bukti berupa telepon genggam.',
  'Kegiatan ini sejalan dengan PP Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil.',
  'Petugas kebersihan membersihkan saluran air di sepanjang Jalan Sudirman untuk mencegah banjir saat musim hujan.',
  'Pelatihan digital bagi pelaku UMKM diikuti {n} peserta dari berbagai desa, berdasarkan catatan panitia.',
];
const VIOLATIONS = [
  'Dasar goblok, kerja begitu saja nggak becus wkwkwk!!!',
  'Viralkan! Info dari grup sebelah, pejabat itu katanya korupsi.',
  'Ayo coblos nomor urut 02, menang satu putaran! #2024GantiPemimpin',
  'Open PO kue kering, DM untuk harga ya, link di bio.',
  'Warga atas nama Budi, NIK 3273011501900002, hubungi 081234567890.',
  'Dokumen RAHASIA ini jangan disebar, untuk kalangan sendiri.',
];

function makeDocument(targetBytes: number): string {
  const rand = mulberry32(20261125); // fixed seed: every run lints the same document
  const paragraphs: string[] = [];
  let size = 0;
  while (size < targetBytes) {
    const sentences: string[] = [];
    const count = 3 + Math.floor(rand() * 4);
    for (let i = 0; i < count; i++) {
      const pool = rand() < 0.04 ? VIOLATIONS : CLEAN;
      sentences.push(
        pool[Math.floor(rand() * pool.length)]
          .replace('{n}', String(10 + Math.floor(rand() * 9000)))
          .replace('{k}', String(2 + Math.floor(rand() * 15)))
          .replace('{p}', `${Math.floor(rand() * 5)},${Math.floor(rand() * 10)}`)
          .replace('{d}', String(1 + Math.floor(rand() * 28))),
      );
    }
    const p = sentences.join(' ');
    paragraphs.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return paragraphs.join('\n\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => unknown, runs: number): { first: number; median: number; min: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return { first: times[0], median: median(times), min: Math.min(...times) };
}

const text = makeDocument(1024 * 1024);
if (process.env.ETIKA_BENCH_DUMP) require("node:fs").writeFileSync(process.env.ETIKA_BENCH_DUMP, text);
const mb = Buffer.byteLength(text) / (1024 * 1024);
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const rssBefore = process.memoryUsage().rss;

const baseline = time(() => {
  let n = 0;
  for (const _ of text.toLowerCase().matchAll(/\p{L}+/gu)) n++;
  return n;
}, 7);
let findings = 0;
const lint = time(() => {
  findings = linter.lint(text, { languageId: 'plaintext' }).length;
}, 7);
const rssAfter = process.memoryUsage().rss;

const fmt = (x: number) => x.toFixed(1);
const check = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET');
console.log(`etika-asn engine bench (${loaded.rules.length} rules, ${loaded.problems.length} rule problems)`);
console.log(`document: ${fmt(mb)} MB, ${text.split('\n\n').length} paragraphs, ${findings} findings`);
console.log(`cold start (load + compile rules): ${fmt(coldMs)} ms  [target < 100 ms: ${check(coldMs < 100)}]`);
console.log(`baseline toLowerCase + /\\p{L}+/gu: median ${fmt(baseline.median)} ms`);
console.log(`full lint: first ${fmt(lint.first)} ms, median ${fmt(lint.median)} ms, best ${fmt(lint.min)} ms, ${fmt(mb / (lint.median / 1000))} MB/s`);
const ratio = lint.median / baseline.median;
console.log(`ratio lint / baseline: ${ratio.toFixed(2)}x  [target <= 4x: ${check(ratio <= 4)}; < 150 ms: ${check(lint.median < 150)}]`);
console.log(`RSS: ${fmt(rssBefore / 2 ** 20)} MB before, ${fmt(rssAfter / 2 ** 20)} MB after linting  [target < 150 MB: ${check(rssAfter < 150 * 2 ** 20)}]`);

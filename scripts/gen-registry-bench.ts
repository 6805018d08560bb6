// Writes a large election registry for the bench: 25 elections x 2 pairs = 50 candidates,
// each with names, nicknames, a pair name, an acronym, parties and hashtags.
//   npx tsx scripts/gen-registry-bench.ts > /tmp/registry-50.yaml
//   ETIKA_BENCH_CONFIG=/tmp/registry-50.yaml npm run bench
import { mulberry32 } from './prng';

const rand = mulberry32(50);
const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
const FIRST = ['Budi', 'Siti', 'Agus', 'Rina', 'Hendra', 'Dewi', 'Joko', 'Wati', 'Bambang', 'Yuni', 'Rudi', 'Lina', 'Fajar', 'Ratna', 'Andi', 'Maya', 'Eko', 'Sari', 'Dedi', 'Nur'];
const LAST = ['Santoso', 'Rahmawati', 'Prasetyo', 'Wijaya', 'Lestari', 'Hidayat', 'Kusuma', 'Saputra', 'Permata', 'Nugroho', 'Utami', 'Gunawan', 'Siregar', 'Lubis', 'Tanjung'];
const lines = ['pemilihan:', '  tanggal: 2029-10-01', '  daftar:'];
for (let e = 0; e < 25; e++) {
  const region = `Kabupaten Wilayah${e + 1}`;
  lines.push(`    - nama: Pilkada ${region} 2029`, '      tingkat: bupati', `      wilayah: ${region}`, '      kampanye: { mulai: 2029-09-25, selesai: 2029-11-23 }', '      pemungutan: 2029-11-27', '      calon:');
  for (let c = 1; c <= 2; c++) {
    const a = `${pick(FIRST)} ${pick(LAST)}`;
    const b = `${pick(FIRST)} ${pick(LAST)}`;
    const [af, bf] = [a.split(' ')[0], b.split(' ')[0]];
    lines.push(
      `        - nomor: ${c}`,
      `          nama: [${a}, ${b}]`,
      `          panggilan: [Pak ${af}, ${af}, ${bf}]`,
      `          pasangan: [${af}-${bf}, ${(af.slice(0, 2) + bf.slice(0, 3)).toUpperCase()}${e}]`,
      `          partai: [Partai Daerah ${e}${c}]`,
      `          tagar: [${af}Untuk${region.replace(/\s/g, '')}, ${af}${bf}${e}, ${bf}Bupati2029]`,
    );
  }
}
process.stdout.write(lines.join('\n') + '\n');

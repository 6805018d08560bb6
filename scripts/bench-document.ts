// The ~1 MB document the benchmarks lint: mostly clean press-release sentences, a few
// violations, from a fixed seed so every run sees the same text.
import { mulberry32 } from './prng';

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

export function makeDocument(targetBytes: number): string {
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

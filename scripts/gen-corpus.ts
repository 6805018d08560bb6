/**
 * Writes test/corpus/pii.jsonl: labelled Indonesian sentences (press releases, captions,
 * announcements) for the personal-data validators. Fixed seed, so the output is stable:
 *
 *   npx tsx scripts/gen-corpus.ts     (npm run gen:corpus)
 *
 * Every identifier is valid by construction but fictitious (random serials, random
 * dates, region codes drawn from idn-area-data). Hard negatives: look-alike numbers with
 * invalid region codes/dates/serials, letter and regulation numbers, amounts, dates,
 * ISBN, statistics, office phones, media contact lines, emergency and service numbers,
 * office e-mails, office addresses, initials of children and victims.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DISTRICT_CODES, PROVINCE_CODES, REGENCY_CODES } from '../server/src/engine/validators/regions.generated';
import { mulberry32 } from './prng';

export interface Entity {
  type: string;
  start: number;
  end: number;
}
export interface Sample {
  text: string;
  entities: Entity[];
}

// ---- PRNG ----------------------------------------------------------------------------
const SEED = 0x5eed2026;
let rnd = mulberry32(SEED);
const int = (a: number, b: number) => a + Math.floor(rnd() * (b - a + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const chance = (p: number) => rnd() < p;

// ---- vocabulary ----------------------------------------------------------------------
const FIRST_F = ['Siti', 'Dewi', 'Rina', 'Nur', 'Putri', 'Ayu', 'Wulan', 'Fitri', 'Lestari', 'Indah', 'Nabila', 'Aisyah', 'Citra', 'Kartika', 'Maya', 'Anisa', 'Ratna', 'Yuliana', 'Salsabila', 'Nadia', 'Tiara', 'Rahmawati', 'Melati', 'Intan', 'Zahra'];
const FIRST_M = ['Budi', 'Agus', 'Dimas', 'Rizky', 'Andi', 'Fajar', 'Hendra', 'Yusuf', 'Bayu', 'Eko', 'Joko', 'Arif', 'Rudi', 'Slamet', 'Ilham', 'Reza', 'Fikri', 'Galih', 'Wahyu', 'Teguh', 'Bambang', 'Hasan', 'Irfan', 'Dedi', 'Sutrisno'];
const LAST = ['Santoso', 'Aminah', 'Lestari', 'Saputra', 'Wijaya', 'Hidayat', 'Pratama', 'Kurniawan', 'Rahmawati', 'Setiawan', 'Purnomo', 'Nugroho', 'Maharani', 'Permata', 'Susanti', 'Hartono', 'Siregar', 'Nasution', 'Simanjuntak', 'Pangaribuan', 'Wulandari', 'Handayani', 'Firmansyah', 'Ramadhan', 'Syahputra'];
const PLACES = ['Sukamaju', 'Cibeureum', 'Karanganyar', 'Sumbersari', 'Tegalrejo', 'Mekarsari', 'Sidomulyo', 'Margahayu', 'Banjarsari', 'Pasirjaya', 'Tanjungsari', 'Sukajadi', 'Kebonsari', 'Wonorejo', 'Purwodadi', 'Lubuk Baru', 'Air Hitam', 'Talang Jaya'];
const CITIES = ['Cimahi', 'Bandung', 'Garut', 'Klaten', 'Sleman', 'Jember', 'Banyuwangi', 'Medan', 'Padang', 'Palembang', 'Makassar', 'Kupang', 'Pontianak', 'Samarinda', 'Mataram', 'Bogor', 'Bekasi', 'Tasikmalaya', 'Kediri', 'Magelang'];
const STREETS = ['Mawar', 'Melati', 'Kenanga', 'Merdeka', 'Sudirman', 'Diponegoro', 'Ahmad Yani', 'Pahlawan', 'Cempaka Putih', 'Flamboyan', 'Anggrek', 'Veteran', 'Gatot Subroto', 'Raya Cileunyi', 'Kartini', 'Imam Bonjol', 'Teuku Umar', 'Pattimura'];
const BANKS = ['BRI', 'BNI', 'Bank Mandiri', 'BCA', 'BSI', 'BTN', 'Bank BJB', 'Bank Jatim', 'CIMB Niaga'];
const AGENCIES = ['Kementerian Keuangan', 'Dinas Kependudukan dan Pencatatan Sipil', 'Pemerintah Kabupaten Garut', 'Dinas Sosial Kota Cimahi', 'Badan Kepegawaian Negara', 'Dinas Kesehatan Provinsi Jawa Barat', 'BPBD Kabupaten Sleman', 'Kantor Imigrasi Kelas I Bandung', 'Polres Klaten', 'Dinas Pendidikan Kota Bogor'];
const DOMAINS_GO = ['kemenkeu.go.id', 'garutkab.go.id', 'cimahikota.go.id', 'bkn.go.id', 'jabarprov.go.id', 'slemankab.go.id', 'kemkes.go.id', 'polri.go.id', 'menpan.go.id'];
const DOMAINS_PRIV = ['gmail.com', 'yahoo.co.id', 'yahoo.com', 'hotmail.com', 'outlook.com', 'ymail.com', 'icloud.com'];

const fname = () => (chance(0.5) ? pick(FIRST_F) : pick(FIRST_M));
const fullName = () => `${fname()} ${pick(LAST)}`;
const femaleName = () => `${pick(FIRST_F)} ${pick(LAST)}`;

// ---- identifiers (valid by construction, fictitious) ----------------------------------
const districts = [...DISTRICT_CODES];
const regencies = new Set(REGENCY_CODES);
const daysIn = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function randDate(): [number, number, number] {
  const m = int(1, 12);
  return [int(1, daysIn[m - 1]!), m, int(0, 99)];
}
function nikDigits(): string {
  const [d, m, y] = randDate();
  const day = chance(0.5) ? d + 40 : d;
  return pick(districts) + pad(day, 2) + pad(m, 2) + pad(y, 2) + pad(int(1, 9999), 4);
}
function kkDigits(): string {
  const [d, m, y] = randDate();
  return pick(districts) + pad(d, 2) + pad(m, 2) + pad(y % 26, 2) + pad(int(1, 9999), 4);
}
function group16(d: string): string {
  const f = int(0, 5);
  if (f === 0) return `${d.slice(0, 6)} ${d.slice(6, 12)} ${d.slice(12)}`;
  if (f === 1) return `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8, 12)} ${d.slice(12)}`;
  return d;
}
function luhnDigit(s: string): number {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let v = Number(s[s.length - 1 - i]);
    if (i % 2 === 0) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}
function npwp15(): string {
  const head = pick(['01', '02', '03', '04', '05', '06', '07', '08', '09']) + pad(int(0, 999999), 6);
  return head + luhnDigit(head) + pad(int(1, 999), 3) + pick(['000', '000', '001', '002']);
}
const maskNpwp = (d: string) => `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}.${d[8]}-${d.slice(9, 12)}.${d.slice(12)}`;
function nipDigits(): string {
  const by = int(1965, 2000);
  const bm = int(1, 12);
  const bd = int(1, daysIn[bm - 1]!);
  const ty = int(by + 19, Math.min(2025, by + 35));
  return `${by}${pad(bm, 2)}${pad(bd, 2)}${ty}${pad(int(1, 12), 2)}${int(1, 2)}${pad(int(1, 999), 3)}`;
}
const spaceNip = (d: string) => `${d.slice(0, 8)} ${d.slice(8, 14)} ${d[14]} ${d.slice(15)}`;
function mobile(): string {
  const prefix = pick(['811', '812', '813', '821', '822', '852', '853', '814', '815', '856', '857', '858', '895', '896', '897', '898', '817', '818', '819', '859', '877', '878', '831', '832', '838', '881', '882', '887']);
  const rest = pad(int(0, 99999999), int(7, 8)).slice(0, 8);
  const local = `0${prefix}${rest}`;
  const f = int(0, 6);
  const body = local.slice(1);
  if (f === 0) return local;
  if (f === 1) return `${local.slice(0, 4)}-${local.slice(4, 8)}-${local.slice(8)}`;
  if (f === 2) return `${local.slice(0, 4)} ${local.slice(4, 8)} ${local.slice(8)}`;
  if (f === 3) return `+62 ${body.slice(0, 3)}-${body.slice(3, 7)}-${body.slice(7)}`;
  if (f === 4) return `+62${body}`;
  if (f === 5) return `62${body}`;
  return `${local.slice(0, 4)}.${local.slice(4, 8)}.${local.slice(8)}`;
}
function landline(): string {
  const [area, len] = pick([['021', 8], ['022', 7], ['024', 7], ['0274', 6], ['031', 7], ['0361', 6], ['0411', 6], ['061', 7], ['0711', 6], ['0561', 6]] as const);
  const sub = pad(int(2 * 10 ** (len - 1), 10 ** len - 1), len);
  const f = int(0, 2);
  if (f === 0) return `(${area}) ${sub}`;
  if (f === 1) return `${area}-${sub}`;
  return `${area} ${sub}`;
}
function accountNo(bank: string): string {
  const len = bank === 'BRI' ? 15 : bank === 'Bank Mandiri' ? 13 : bank === 'BTN' ? 16 : 10;
  const d = pad(int(1, 9), 1) + Array.from({ length: len - 1 }, () => int(0, 9)).join('');
  if (bank === 'BRI' && chance(0.5)) return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 12)}-${d.slice(12, 14)}-${d[14]}`;
  if (bank === 'Bank Mandiri' && chance(0.4)) return `${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}`;
  return d;
}
function emailPriv(name: string): string {
  const [a, b] = name.toLowerCase().split(' ');
  const local = pick([`${a}.${b}`, `${a}${b}${int(1, 99)}`, `${a}_${b}`, `${a}${int(70, 99)}`, `${b}.${a}`]);
  return `${local}@${pick(DOMAINS_PRIV)}`;
}
const bpjsNo = () => '000' + pad(int(0, 9999999999), 10);
const kpjNo = () => pad(int(10000000000, 99999999999), 11);
const pasporNo = () => pick(['A', 'B', 'C', 'E', 'X']) + pad(int(1000000, 9999999), 7);
const simNo = () => {
  const d = `${pad(int(80, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1000, 9999), 4)}${pad(int(1, 9999), 4)}`;
  return chance(0.5) ? d : `${d.slice(0, 4)}-${d.slice(4, 8)}-${d.slice(8)}`;
};

// look-alikes
function badRegionNik(): string {
  let r: string;
  do r = pad(int(10, 99), 2) + pad(int(0, 99), 2) + pad(int(0, 99), 2);
  while (DISTRICT_CODES.has(r) || regencies.has(r.slice(0, 4)) || PROVINCE_CODES.has(r.slice(0, 2)));
  const [d, m, y] = randDate();
  return r + pad(d, 2) + pad(m, 2) + pad(y, 2) + pad(int(1, 9999), 4);
}
function badDateNik(): string {
  const bad = pick([`${int(32, 40)}${pad(int(1, 12), 2)}`, `${pad(int(1, 28), 2)}${int(13, 39)}`, `${int(72, 99)}${pad(int(1, 12), 2)}`, `00${pad(int(1, 12), 2)}`, `3102`, `3104`]);
  return pick(districts) + bad + pad(int(0, 99), 2) + pad(int(1, 9999), 4);
}
const zeroSerialNik = () => nikDigits().slice(0, 12) + '0000';
function badNip(): string {
  const by = int(1965, 2000);
  const kind = int(0, 3);
  const bm = int(1, 12);
  const bd = int(1, 28);
  if (kind === 0) return `${by}${pad(bm, 2)}${pad(bd, 2)}${by + int(2, 12)}${pad(int(1, 12), 2)}1${pad(int(1, 999), 3)}`; // TMT before 17
  if (kind === 1) return `${by}${pad(bm, 2)}${pad(bd, 2)}${by + 25}${pad(int(1, 12), 2)}${pick(['0', '3', '5', '9'])}${pad(int(1, 999), 3)}`; // gender
  if (kind === 2) return `${by}${pad(bm, 2)}${pad(bd, 2)}${by + 25}${pad(int(1, 12), 2)}2000`; // serial 000
  return `${by}${pad(int(13, 19), 2)}${pad(bd, 2)}${by + 25}${pad(int(1, 12), 2)}1${pad(int(1, 999), 3)}`; // month
}

// ---- builder -------------------------------------------------------------------------
type Part = string | [type: string, text: string];
function S(...parts: Part[]): Sample {
  let text = '';
  const entities: Entity[] = [];
  for (const p of parts) {
    if (typeof p === 'string') text += p;
    else {
      entities.push({ type: p[0], start: text.length, end: text.length + p[1].length });
      text += p[1];
    }
  }
  return { text, entities };
}
const E = (type: string, text: string): [string, string] => [type, text];

// ---- positive templates ----------------------------------------------------------------
type Gen = () => Sample;
const city = () => pick(CITIES);
const agency = () => pick(AGENCIES);
const day = () => pick(['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu']);
const date = () => `${int(1, 28)} ${pick(['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'])} 2026`;
const address = (): string => {
  const parts: string[] = [];
  const f = int(0, 4);
  if (f <= 2) parts.push(`${pick(['Jl.', 'Jalan', 'Jln.', 'Gg.'])} ${pick(STREETS)} ${pick(['No.', 'No', 'Nomor'])} ${int(1, 120)}${chance(0.2) ? pick(['A', 'B']) : ''}`);
  else if (f === 3) parts.push(`${pick(['Dusun', 'Dsn.', 'Kp.', 'Kampung'])} ${pick(PLACES)} RT ${pad(int(1, 15), 2)}/RW ${pad(int(1, 12), 2)}`);
  else parts.push(`Perum ${pick(['Griya', 'Bumi', 'Taman'])} ${pick(['Asri', 'Indah', 'Permai'])} Blok ${pick(['A', 'B', 'C', 'D'])}${int(1, 9)} No. ${int(1, 40)}`);
  if (chance(0.7)) parts.push(pick([`RT ${pad(int(1, 15), 2)}/RW ${pad(int(1, 12), 2)}`, `RT ${pad(int(1, 15), 3)} RW ${pad(int(1, 12), 3)}`, `RT/RW ${pad(int(1, 15), 2)}/${pad(int(1, 12), 2)}`]));
  if (chance(0.8)) parts.push(`${pick(['Kelurahan', 'Kel.', 'Desa', 'Ds.'])} ${pick(PLACES)}`);
  if (chance(0.6)) parts.push(`${pick(['Kecamatan', 'Kec.'])} ${pick(PLACES)}`);
  if (chance(0.3)) parts.push(`${pick(['Kabupaten', 'Kota'])} ${city()}`);
  return parts.join(', ');
};

const POS: Record<string, Gen[]> = {
  nik: [
    () => S(`Penerima bantuan atas nama ${fullName()} dengan NIK `, E('nik', group16(nikDigits())), ` tercatat di Desa ${pick(PLACES)}.`),
    () => S(`Berikut data warga terdampak banjir: ${fullName()}, NIK: `, E('nik', nikDigits()), `, usia ${int(20, 70)} tahun.`),
    () => S(`Pemohon KTP-el, ${fullName()} (NIK `, E('nik', nikDigits()), `), telah menerima kartu barunya hari ini.`),
    () => S(`Kami mengumumkan peserta seleksi: 1. ${fullName()} - `, E('nik', nikDigits()), ` - lulus administrasi.`),
    () => S(`Tersangka ${fullName()} (${int(21, 55)}), pemilik KTP nomor `, E('nik', nikDigits()), `, diamankan di ${city()}.`),
    () => S(`Nomor Induk Kependudukan `, E('nik', nikDigits()), ` terdaftar sebagai penerima PKH tahap ${int(1, 4)}.`),
    () => S(`Foto e-KTP ${fullName()} dengan nomor `, E('nik', nikDigits()), ` beredar di grup WhatsApp.`),
    () => S(`Mohon verifikasi data berikut: `, E('nik', nikDigits()), ` a.n. ${fullName()}.`),
    () => S(`Data pasien positif: ${fullName()}, NIK `, E('nik', nikDigits()), `, dirawat di RSUD ${city()}.`),
    () => S(`Selamat kepada ${fullName()} (`, E('nik', nikDigits()), `) yang terpilih sebagai penerima beasiswa daerah.`),
  ],
  kk: [
    () => S(`Keluarga ${fullName()} dengan No. KK `, E('kk', kkDigits()), ` belum menerima bantuan.`),
    () => S(`Nomor Kartu Keluarga `, E('kk', group16(kkDigits())), ` dicoret dari daftar penerima BLT.`),
    () => S(`Warga atas nama ${fullName()}, KK: `, E('kk', kkDigits()), `, diminta datang ke kantor desa.`),
    () => S(`Pendaftaran ulang memakai nomor KK `, E('kk', kkDigits()), ` milik ${fullName()} ditolak sistem.`),
    () => S(`${fullName()} (NIK `, E('nik', nikDigits()), `, No. KK `, E('kk', kkDigits()), `) tercatat sebagai kepala keluarga.`),
  ],
  npwp: [
    () => S(`Wajib pajak ${fullName()} dengan NPWP `, E('npwp', maskNpwp(npwp15())), ` menunggak pajak kendaraan.`),
    () => S(`NPWP: `, E('npwp', npwp15()), ` atas nama ${fullName()} telah dipadankan.`),
    () => S(`Penyedia jasa perorangan, ${fullName()}, NPWP `, E('npwp', maskNpwp(npwp15())), `, memenangkan tender.`),
    () => S(`Untuk pencairan honor, ${fullName()} melampirkan `, E('npwp', maskNpwp(npwp15())), ` sebagai nomor pokok wajib pajak.`),
    () => S(`Nomor Pokok Wajib Pajak `, E('npwp', '0' + npwp15()), ` dipakai sejak pemadanan NIK-NPWP.`),
    () => S(`NPWP baru ${fullName()}: `, E('npwp', nikDigits()), ` (format 16 digit).`),
  ],
  nip: [
    () => S(`Pegawai atas nama ${fullName()}, NIP `, E('nip', spaceNip(nipDigits())), `, dijatuhi hukuman disiplin sedang.`),
    () => S(`${fullName()} (NIP. `, E('nip', nipDigits()), `) dimutasi ke Dinas Sosial.`),
    () => S(`Daftar PNS yang belum mengisi LHKASN: ${fullName()} `, E('nip', nipDigits()), `.`),
    () => S(`Kepala Bidang,\n${fullName()}, S.E.\nNIP `, E('nip', spaceNip(nipDigits())), ``),
    () => S(`Oknum ASN berinisial AS dengan nomor induk pegawai `, E('nip', nipDigits()), ` diperiksa Inspektorat.`),
  ],
  bpjs: [
    () => S(`Kartu BPJS Kesehatan nomor `, E('bpjs', bpjsNo()), ` milik ${fullName()} sudah aktif kembali.`),
    () => S(`Peserta JKN-KIS ${fullName()} (no. kartu `, E('bpjs', bpjsNo()), `) dapat berobat di puskesmas.`),
    () => S(`Nomor KIS `, E('bpjs', bpjsNo()), ` atas nama ${fullName()} dinonaktifkan.`),
    () => S(`Klaim JHT ${fullName()} dengan KPJ `, E('bpjs', kpjNo()), ` telah dicairkan.`),
  ],
  paspor: [
    () => S(`WNI atas nama ${fullName()} pemegang paspor `, E('paspor', pasporNo()), ` dideportasi dari Malaysia.`),
    () => S(`Nomor paspor: `, E('paspor', pasporNo()), `, berlaku hingga 2030.`),
    () => S(`Jemaah ${fullName()} dengan paspor nomor `, E('paspor', pasporNo()), ` tertinggal rombongan.`),
  ],
  sim: [
    () => S(`Pengendara ${fullName()} dengan SIM `, E('sim', simNo()), ` ditilang petugas.`),
    () => S(`Nomor SIM C `, E('sim', simNo()), ` milik ${fullName()} ditemukan warga.`),
  ],
  telepon: [
    () => S(`Warga yang kehilangan dompet, ${fullName()}, dapat dihubungi di `, E('telepon', mobile()), `.`),
    () => S(`Keluarga korban, ${fullName()}, nomor HP `, E('telepon', mobile()), `, berharap bantuan segera datang.`),
    () => S(`Pelapor atas nama ${fullName()} (WA `, E('telepon', mobile()), `) melaporkan kejadian itu.`),
    () => S(`Nomor ponsel pribadi ${fullName()} `, E('telepon', mobile()), ` tersebar di media sosial.`),
    () => S(`Siapa pun yang melihat anak ini mohon menghubungi ibunya, ${femaleName()}, di `, E('telepon', mobile()), `.`),
    () => S(`Pasien ${fullName()} sempat mengirim pesan dari nomor `, E('telepon', mobile()), ` sebelum hilang kontak.`),
    () => S(`Rumah ${fullName()} di ${city()} bisa dihubungi lewat telepon `, E('telepon', landline()), `.`),
    () => S(`Tersangka menipu korban melalui nomor `, E('telepon', mobile()), ` yang kini sudah diblokir.`),
    () => S(`Hubungi saya di `, E('telepon', mobile()), ` kalau ada yang mau beli motor bekas, - ${fname()}`),
  ],
  email: [
    () => S(`Pelapor, ${fullName()}, mengirim aduan dari alamat `, E('email', emailPriv(fullName())), `.`),
    () => S(`Akun `, E('email', emailPriv(fullName())), ` milik warga diretas dan dipakai untuk penipuan.`),
    () => S(`${fullName()} meminta hasil tes dikirim ke email pribadinya, `, E('email', emailPriv(fullName())), `.`),
    () => { const n = fullName(); return S(`Data pendaftar: ${n}, `, E('email', emailPriv(n)), `, lulus seleksi.`); },
    () => S(`Korban sempat membalas pesan dari `, E('email', emailPriv(fullName())), ` yang mengaku petugas bank.`),
  ],
  rekening: [
    () => { const b = pick(BANKS); return S(`Bantuan untuk ${fullName()} bisa dikirim ke rekening ${b} `, E('rekening', accountNo(b)), ` a.n. ${fullName()}.`); },
    () => { const b = pick(BANKS); return S(`Gaji ${fullName()} ditransfer ke No. Rek. ${b}: `, E('rekening', accountNo(b)), `.`); },
    () => { const b = pick(BANKS); return S(`Penipu meminta korban mentransfer ke ${b} `, E('rekening', accountNo(b)), ` atas nama ${fullName()}.`); },
    () => { const b = pick(BANKS); return S(`Donasi untuk pengobatan ${fullName()}: ${b} `, E('rekening', accountNo(b)), ` (a.n. ${fullName()}).`); },
    () => S(`Nomor rekening `, E('rekening', accountNo('BCA')), ` milik ASN tersebut diblokir PPATK.`),
  ],
  alamat: [
    () => S(`${fullName()} yang tinggal di `, E('alamat', address()), ` ditemukan meninggal di rumahnya.`),
    () => S(`Korban beralamat di `, E('alamat', address()), `.`),
    () => S(`Rumah tersangka di `, E('alamat', address()), ` digeledah petugas.`),
    () => S(`Warga ${pick(PLACES)}, ${fullName()}, berdomisili di `, E('alamat', address()), `, menerima bantuan.`),
    () => S(`Alamat pasien: `, E('alamat', address()), `.`),
    () => S(`Penerima manfaat atas nama ${fullName()}, alamat `, E('alamat', address()), `, diminta melengkapi berkas.`),
    () => S(`Tim mendatangi kediaman ${fullName()} di `, E('alamat', address()), ` pada ${day()} pagi.`),
  ],
  'identitas-anak-korban': [
    () => S(``, E('identitas-anak-korban', femaleName()), ` (${int(7, 17)}), siswi kelas ${pick(['VII', 'VIII', 'IX', 'X', '5'])} ${pick(['SMPN', 'SMP Negeri', 'SMAN', 'SDN'])} ${int(1, 9)} ${city()}, menjadi korban pencabulan.`),
    () => S(`Korban, `, E('identitas-anak-korban', femaleName()), `, ${int(6, 17)} tahun, warga Desa ${pick(PLACES)}, kini didampingi UPTD PPA.`),
    () => S(`Siswa bernama `, E('identitas-anak-korban', `${pick(FIRST_M)} ${pick(LAST)}`), ` (${int(9, 16)}) menjadi korban perundungan di sekolahnya.`),
    () => S(`Polisi menetapkan pelaku anak, `, E('identitas-anak-korban', `${pick(FIRST_M)} ${pick(LAST)}`), ` (${int(14, 17)}), pelajar SMK ${city()}, sebagai ABH.`),
    () => S(`Bocah `, E('identitas-anak-korban', `${pick(FIRST_M)} ${pick(LAST)}`), ` (${int(4, 10)}), anak dari pasangan ${pick(FIRST_M)} dan ${pick(FIRST_F)}, tenggelam di sungai.`),
    () => S(`Santriwati `, E('identitas-anak-korban', femaleName()), ` asal ${city()} mengaku dilecehkan pengasuh pondok.`),
    () => S(`Korban pemerkosaan, `, E('identitas-anak-korban', femaleName()), ` (${int(19, 35)}), warga Kampung ${pick(PLACES)}, sudah melapor.`),
    () => S(`Murid kelas ${int(1, 6)} SD, `, E('identitas-anak-korban', `${pick(FIRST_M)} ${pick(LAST)}`), `, dianiaya teman sekelasnya.`),
  ],
};

// ---- negatives (no entities) -----------------------------------------------------------
const NEG: Gen[] = [
  () => S(`Nomor: ${pad(int(1, 999), 3)}/HUMAS/${pick(['I', 'IV', 'IX', 'XI'])}/2026 tentang ${pick(['penyampaian informasi', 'undangan rapat', 'siaran pers'])}.`),
  () => S(`Surat Edaran Nomor B-${int(100, 999)}/PANRB/D-IV/KKA/${pad(int(1, 12), 2)}/20${int(10, 26)} mengatur penggunaan media sosial.`),
  () => S(`Sesuai surat nomor 000.8.3.3/${int(1, 99)}/OR tanggal ${date()}, rapat ditunda.`),
  () => S(`Berdasarkan PP Nomor 94 Tahun 2021, ASN wajib menjaga integritas.`),
  () => S(`UU 27/2022 tentang Pelindungan Data Pribadi melarang pengungkapan data tanpa hak (Pasal 65 ayat (2)).`),
  () => S(`Kepmendagri Nomor 300.2.2-2138 Tahun 2025 menetapkan kode wilayah administrasi pemerintahan.`),
  () => S(`Putusan MK Nomor 115/PUU-XXII/2024 menafsirkan Pasal 28 ayat (3) UU ITE.`),
  () => S(`PMK 112/PMK.03/2022 mengatur NPWP bagi orang pribadi.`),
  () => S(`Total anggaran yang terserap mencapai Rp${int(1, 999)}.${pad(int(0, 999), 3)}.${pad(int(0, 999), 3)}.${pad(int(0, 999), 3)} hingga akhir ${pick(['Juni', 'Oktober'])}.`),
  () => S(`Jumlah penduduk tercatat ${int(1, 9)}.${pad(int(0, 999), 3)}.${pad(int(0, 999), 3)} jiwa pada semester I 2026.`),
  () => S(`Buku panduan ini ber-ISBN 978-602-${int(1000, 9999)}-${int(10, 99)}-${int(0, 9)} dan ISSN 2${pad(int(0, 999), 3)}-${pad(int(0, 9999), 4)}.`),
  () => S(`Kegiatan dilaksanakan pada ${day()}, ${date()}, pukul ${pad(int(7, 10), 2)}.00-${int(11, 15)}.00 WIB.`),
  () => S(`Dalam keadaan darurat hubungi 112, polisi 110, ambulans 118 atau 119, dan pemadam kebakaran 113.`),
  () => S(`Informasi vaksinasi dapat ditanyakan ke call center 1500-${int(100, 999)} atau 14${pad(int(0, 999), 3)}.`),
  () => S(`Narahubung: ${fullName()} (${mobile()}), Kepala Subbagian Humas ${agency()}.`),
  () => S(`Kontak media: ${fullName()}, HP ${mobile()}, email humas@${pick(DOMAINS_GO)}.`),
  () => S(`Untuk informasi lebih lanjut, hubungi Humas ${agency()} di ${landline()} atau ${pick(['humas', 'ppid', 'info', 'pengaduan'])}@${pick(DOMAINS_GO)}.`),
  () => S(`${agency()}\nJl. ${pick(STREETS)} No. ${int(1, 99)}, ${city()}\nTelepon ${landline()}, Faksimile ${landline()}\nLaman www.${pick(DOMAINS_GO)}`),
  () => S(`Layanan pengaduan masyarakat melalui WhatsApp ${mobile()} dibuka setiap hari kerja.`),
  () => S(`Pendaftaran peserta dibuka melalui nomor WA center ${mobile()} mulai ${date()}.`),
  () => S(`Acara digelar di Aula Kantor ${pick(['Bupati', 'Wali Kota', 'Gubernur'])}, Jl. ${pick(STREETS)} No. ${int(1, 99)}, Kelurahan ${pick(PLACES)}.`),
  () => S(`Posko pengungsian berlokasi di Balai Desa ${pick(PLACES)}, Jl. ${pick(STREETS)} No. ${int(1, 50)}, RT ${pad(int(1, 9), 2)}/RW ${pad(int(1, 9), 2)}.`),
  () => S(`Perbaikan jalan di Jl. ${pick(STREETS)} No. ${int(1, 200)} hingga perempatan ${pick(PLACES)} ditargetkan selesai bulan depan.`),
  () => S(`Korban berinisial ${pick(['SA', 'R', 'NF', 'AP', 'D'])} (${int(8, 16)}), siswi sebuah SMP di ${city()}, kini didampingi psikolog.`),
  () => S(`Sebut saja Bunga (${int(10, 16)}), korban kekerasan seksual di ${city()}, masih trauma.`),
  () => S(`Pelaku, ${fullName()} (${int(25, 50)}), warga Desa ${pick(PLACES)}, ditahan di Polres ${city()}.`),
  () => S(`Kepala ${agency()}, ${fullName()}, mengatakan pihaknya akan menindaklanjuti laporan tersebut.`),
  () => S(`Korban kecelakaan, ${fullName()} (${int(30, 60)}), warga ${city()}, dirawat di RSUD.`),
  () => S(`Sebanyak ${int(2, 90)} siswa SMPN ${int(1, 9)} ${city()} mengikuti lomba cerdas cermat tingkat provinsi.`),
  () => S(`Transfer donasi ke rekening resmi BAZNAS, BSI ${accountNo('BSI')} a.n. BAZNAS ${city()}.`),
  () => S(`Retribusi disetor ke Rekening Kas Umum Daerah ${pick(BANKS)} ${accountNo('BNI')} a.n. Pemerintah Kabupaten ${city()}.`),
  () => S(`Nomor registrasi perkara ${int(100, 999)}/Pid.Sus/2026/PN ${pick(['Bdg', 'Smg', 'Sby'])} disidangkan ${day()} depan.`),
  () => S(`Nilai kontrak sebesar Rp ${int(100, 999)}.${pad(int(0, 999), 3)}.${pad(int(0, 999), 3)},00 bersumber dari APBD 2026.`),
  () => S(`Pengumuman: kode billing ${pad(int(0, 999999), 6)}${pad(int(0, 9999999), 7)}${pad(int(0, 99), 2)} berlaku 7 hari.`),
  () => S(`Data nomor ${badRegionNik()} yang viral itu bukan NIK yang valid, kata Kepala Dinas Dukcapil.`),
  () => S(`Nomor seri ${badRegionNik()} tercantum pada segel kotak suara.`),
  () => S(`ID transaksi ${badDateNik()} gagal diproses.`),
  () => S(`Kode produk ${zeroSerialNik()} ditarik dari peredaran.`),
  () => S(`Nomor resi pengiriman ${badDateNik()} dapat dilacak di laman kurir.`),
  () => S(`Nomor ${badNip()} tercantum pada dokumen pengadaan.`),
  () => S(`Pemenang tender adalah CV ${pick(['Maju Jaya', 'Sinar Abadi', 'Karya Mandiri'])} dengan NPWP ${maskNpwp(npwp15())}.`),
  () => S(`NPWP Bendahara Pengeluaran ${agency()}: ${maskNpwp(npwp15())}.`),
  () => S(`Kode ${badNip()} adalah nomor batch vaksin yang didistribusikan.`),
  () => S(`IDPEL ${pad(int(100000000000, 999999999999), 12)} atas nama Kantor Kecamatan ${pick(PLACES)} menunggak tagihan listrik.`),
  () => S(`Email resmi ${agency()}: ${pick(['humas', 'ppid', 'sekretariat', 'info'])}@${pick(DOMAINS_GO)}.`),
  () => S(`Pengaduan dapat dikirim ke ${pick(['pengaduan', 'layanan', 'lapor'])}@${pick(DOMAINS_GO)} atau melalui SP4N-LAPOR!.`),
  () => S(`Pada 2025, angka stunting turun menjadi ${int(10, 25)},${int(1, 9)} persen dari ${int(20, 30)},${int(1, 9)} persen.`),
  () => S(`Gempa bermagnitudo ${int(4, 6)},${int(1, 9)} terjadi pada ${date()} pukul ${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)} WIB.`),
  () => S(`Tercatat ${int(1000, 9999)} KK terdampak banjir di ${int(3, 12)} kecamatan.`),
  () => S(`Sebanyak ${int(100, 999)} NIK ganda telah dibersihkan dari DTKS.`),
  () => S(`Masyarakat diimbau tidak membagikan foto KTP dan nomor KK di media sosial.`),
  () => S(`Pemerintah menyalurkan bantuan kepada ${int(100, 9999)} keluarga penerima manfaat di Kecamatan ${pick(PLACES)}.`),
  () => S(`Layanan Dukcapil dibuka di Mal Pelayanan Publik, telp. ${landline()}.`),
  () => S(`Hotline Satgas PPKS ${mobile()} siap menerima laporan kekerasan seksual 24 jam.`),
  () => S(`NIP dan NIK pegawai tidak boleh dicantumkan dalam unggahan media sosial.`),
  () => S(`Versi aplikasi 2.${int(0, 9)}.${int(0, 20)} dirilis bersama pembaruan keamanan.`),
  () => S(`Koordinat lokasi ${int(0, 8)}.${pad(int(0, 999999), 6)} LS, ${int(100, 140)}.${pad(int(0, 999999), 6)} BT.`),
  () => S(`Anak-anak di Desa ${pick(PLACES)} antusias mengikuti lomba 17 Agustus.`),
  () => S(`Kasus ini ditangani Unit PPA Satreskrim Polres ${city()} sesuai UU 11/2012 tentang SPPA.`),
  () => S(`Dalam sambutannya, ${fullName()}, Kepala Dinas Pendidikan, meminta sekolah memperketat pengawasan.`),
];

function shuffle<T>(xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

export function generateCorpus(): Sample[] {
  rnd = mulberry32(SEED); // same corpus on every call
  const out: Sample[] = [];
  for (const [, gens] of Object.entries(POS)) {
    const n = Math.max(50, gens.length * 10);
    for (let i = 0; i < n; i++) out.push(gens[i % gens.length]!());
  }
  for (let i = 0; i < 650; i++) out.push(NEG[i % NEG.length]!());
  return shuffle(out);
}

/** Hand-written held-out sentences in test/corpus/holdout.txt: `[[type|text]]` marks an entity. */
export function parseHoldout(src: string): Sample[] {
  const out: Sample[] = [];
  for (const raw of src.split('\n')) {
    if (!raw.trim() || raw.startsWith('#')) continue;
    const line = raw.replace(/\\n/g, '\n');
    const parts: Part[] = [];
    let last = 0;
    for (const m of line.matchAll(/\[\[([\w-]+)\|([^\]]+)\]\]/g)) {
      parts.push(line.slice(last, m.index), E(m[1]!, m[2]!));
      last = m.index! + m[0].length;
    }
    parts.push(line.slice(last));
    out.push(S(...parts));
  }
  return out;
}

if (require.main === module) {
  const holdout = parseHoldout(readFileSync(resolve(__dirname, '../test/corpus/holdout.txt'), 'utf8'));
  writeFileSync(resolve(__dirname, '../test/corpus/pii-holdout.jsonl'), holdout.map((s) => JSON.stringify(s)).join('\n') + '\n');
  const samples = generateCorpus();
  const file = resolve(__dirname, '../test/corpus/pii.jsonl');
  writeFileSync(file, samples.map((s) => JSON.stringify(s)).join('\n') + '\n');
  const counts: Record<string, number> = {};
  for (const s of samples) for (const e of s.entities) counts[e.type] = (counts[e.type] ?? 0) + 1;
  console.log(`wrote ${samples.length} samples to ${file}`, counts);
}

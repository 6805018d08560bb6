// Hoax-style narratives (written for this test, in the shapes chain messages take) are
// flagged by some hoaks rule; news and releases that report or debunk them are not.
import assert from 'node:assert/strict';
import { shippedLinter } from '../helpers/rules';

const hoaksRules = (text: string) => [...new Set(shippedLinter().lint(text).filter((f) => f.category === 'hoaks').map((f) => f.ruleId))];

const NARRATIVES = [
  'BARU SAJA TERJADI!!! Jembatan Suramadu retak, jangan lewat malam ini.',
  'MENGEJUTKAN! Gaji ke-13 PNS tahun ini batal dibayar.',
  'Info A1 dari teman saya yang kerja di BIN, minggu depan ada kerusuhan besar di Jakarta.',
  'Kata orang dalam, formasi CPNS tahun ini dihapus semua.',
  'Besok semua ATM offline tiga hari. Sumber: WA grup.',
  'Copas dari grup sebelah: air galon merek X mengandung zat berbahaya.',
  'Kanker sembuh total hanya dengan minum air rebusan daun sirsak, dokter tidak mau Anda tahu ini.',
  'Selamat anda terpilih mendapatkan hadiah mobil dari Bank BRI, transfer biaya admin Rp250.000.',
  'Klik link berikut untuk klaim saldo gratis bantuan pemerintah Rp600.000.',
  'Gempa besar akan terjadi tanggal 12 malam di selatan Jawa, segera mengungsi!',
  'Tolong sebarkan ke semua grup, jangan berhenti di Anda: besok listrik padam se-Jawa Bali.',
  'Katanya besok semua sekolah diliburkan karena ada demo besar.',
  'Plg Yth, No. Anda t\'pilih m-dpt hadiah mobil dari operator, PIN pemenang X77B1, info hub kantor pusat.',
  'Ma, ini nomor baru adik, tolong kirimkan dulu pulsa 50rb sekarang penting.',
  'Uangnya transfer aja ke rek ini ya, BRI a/n Budi, klo sudah dikirim kabarin.',
];

const REPORTING = [
  'Kominfo menegaskan pesan berantai soal gaji ke-13 batal dibayar adalah hoaks.',
  'BMKG menegaskan gempa bumi tidak dapat diprediksi waktunya; informasi gempa besar akan terjadi adalah hoaks.',
  'Waspada penipuan yang mengatasnamakan Bank BRI dengan modus hadiah undian.',
  'Dinas Kesehatan mengingatkan klaim air rebusan yang disebut menyembuhkan segala penyakit adalah hoaks.',
  '"Jadi ini bukan hoaks," kata Kepala Dinas Kominfo, Budi Santoso.',
  'Pendaftaran pelatihan kerja dibuka, klik tautan berikut untuk mengisi formulir.',
  'Presiden baru saja meresmikan Bendungan Sadawarna di Kabupaten Subang.',
  'PLTU Jawa 7 berkapasitas 2 GW mulai memasok listrik ke jaringan Jawa-Bali.',
  'Pertumbuhan ekonomi triwulan III 2025 tercatat 5,04 persen (yoy).',
  '"Isu itu sedang diselidiki oleh teman-teman Densus," ujar Kadiv Humas Polri.',
  'Waspada pesan yang mengatasnamakan operator seluler dan meminta PIN pemenang undian.',
  'Selamat, Anda mendapatkan kuota 100 SMS. Cek kuota melalui *889#.',
  'Nikmati diskon 30% untuk setiap pembelian tiket secara daring.',
];

describe('hoaks: hoax-style narratives and reporting', () => {
  for (const t of NARRATIVES) it(`flags: ${t.slice(0, 60)}`, () => assert.ok(hoaksRules(t).length > 0, 'no hoaks finding'));
  for (const t of REPORTING) it(`stays silent: ${t.slice(0, 60)}`, () => assert.deepEqual(hoaksRules(t), []));
});

// A child's or victim's identity needs a name-like token: not common vocabulary heading
// a sentence, not an institution, acronym or unit, and (before the anchor) an apposition.
import assert from 'node:assert/strict';
import { hits } from '../../helpers/validators';

describe('validators: identitas-anak-korban names', () => {
  it('does not read sentence-initial vocabulary, kin words or compounds as names', () => {
    for (const t of [
      'Jumlah siswa SMPN 2 Cimahi tahun ini mencapai 450 orang.',
      'Survei terhadap siswa SMA di Kota Bandung berusia 15 tahun menunjukkan 30 persen pernah dirundung.',
      'PPDB siswa baru SD tahun 2026 dibuka di Desa Sukamaju.',
      'Ibu Tiri korban (12) ditangkap polisi di Desa Sukamaju.',
      'Pendaftaran siswa baru SMAN 3 dibuka hingga 10 Juli.',
      'Kegiatan Jumat Bersih siswa SDN 2 Desa Sukamaju.',
      'Orang Tua siswa SMPN 5 Bandung diminta hadir.',
      'Ribuan siswa Sekolah Dasar di Kabupaten Garut menerima MBG.',
      'Anak Buah Kapal berusia 17 tahun hilang di Desa Pesisir.',
      'Sebanyak 12 GW pembangkit dibangun untuk siswa SMK berusia 17 tahun.',
      'Pembangunan sekolah untuk korban gempa di Desa Sukamaju berusia 10 tahun rampung.',
    ]) {
      assert.deepEqual(hits('identitas-anak-korban', t), [], t);
    }
  });

  it('does not report a pupil named in an ordinary story (no case)', () => {
    for (const t of [
      'Dengan antusias, salah satu murid sekolah, Erenius, merasa senang atas kunjungan mobil literasi ke sekolahnya.',
      'Salah satunya datang dari Rachel Kristasya Iwan, siswi kelas 12 yang baru kembali dari program pertukaran pelajar.',
    ]) {
      assert.deepEqual(hits('identitas-anak-korban', t), [], t);
    }
  });

  it('still reports real names with an identifying attribute', () => {
    const cases: [string, string][] = [
      ['Dimas (12), siswa SDN 1 Cimahi, tenggelam di sungai.', 'Dimas'],
      ['Korban Siti Aminah (14) tinggal di Desa Sukamaju.', 'Siti Aminah'],
      ['Melati Permata (13), siswi kelas VIII SMAN 1 Makassar, menjadi korban pencabulan.', 'Melati Permata'],
      ['Murid kelas 5 SD, Bayu Permata, dianiaya teman sekelasnya.', 'Bayu Permata'],
      ['Mari dukung pengobatan Adik Naura Azzahra (4 th) penderita leukemia.', 'Naura Azzahra'],
    ];
    for (const [t, name] of cases) assert.deepEqual(hits('identitas-anak-korban', t), [name], t);
  });
});

// Election registry packs shipped with etika-asn, enabled by name in `pemilihan.paket`.
// Data from KPU decisions (numbers in `sumber`); re-check at jdih.kpu.go.id before relying on
// a detail marked "belum diverifikasi". Acronyms that are also ordinary words or other
// bodies' names (PBB = Pajak Bumi dan Bangunan / Perserikatan Bangsa-Bangsa, PA =
// Pengadilan Agama, GAMA) are left out: the full name still matches.
import type { Election } from './registry';

export interface RegistryPack {
  judul: string;
  sumber: string;
  pemilihan: Election[];
}

const PEMILU_2024 = { kampanye: { mulai: '2023-11-28', selesai: '2024-02-10' }, pemungutan: '2024-02-14' };

const party = (nomor: string, ...nama: string[]) => ({ nomor, nama, tagar: [] as string[] });

export const REGISTRY_PACKS: Record<string, RegistryPack> = {
  'pilpres-2024': {
    judul: 'Pemilu Presiden dan Wakil Presiden 2024',
    sumber:
      'Keputusan KPU Nomor 1632 Tahun 2023 (penetapan pasangan calon, 13 November 2023); Keputusan KPU Nomor 1644 Tahun 2023 (nomor urut, 14 November 2023); PKPU 15/2023 (masa kampanye 28 November 2023 – 10 Februari 2024); pemungutan suara 14 Februari 2024. Partai pengusul menurut pendaftaran pasangan calon di KPU. Tagar: tagar kampanye yang banyak dipakai di media sosial (bukan dari KPU).',
    pemilihan: [
      {
        nama: 'Pilpres 2024',
        tingkat: 'presiden',
        wilayah: 'Indonesia',
        ...PEMILU_2024,
        sumber: 'Keputusan KPU 1632/2023 dan 1644/2023',
        partai: [],
        calon: [
          {
            nomor: '1',
            nama: ['Anies Rasyid Baswedan', 'Abdul Muhaimin Iskandar'],
            panggilan: ['Anies Baswedan', 'Anies', 'Muhaimin Iskandar', 'Muhaimin', 'Cak Imin', 'Gus Imin'],
            pasangan: ['Anies-Muhaimin', 'Anies-Imin', 'Anies-Cak Imin', 'AMIN'],
            partai: ['NasDem', 'Partai Kebangkitan Bangsa', 'PKB', 'Partai Keadilan Sejahtera', 'PKS'],
            tagar: ['AniesMuhaimin', 'AniesMuhaimin2024', 'AMIN2024', 'AniesPresiden', 'AniesPresiden2024', 'AniesImin', 'AMINAjaDulu', 'AminAjaDulu', 'PerubahanMenang'],
          },
          {
            nomor: '2',
            nama: ['Prabowo Subianto', 'Gibran Rakabuming Raka'],
            // Wowo, Prabs: nicknames seen in election-2024 dev tweets (achmaddhani-pilpres2024-tweets). "Gemoy"
            // alone is left out: it is everyday slang for "cute" ("kucing gemoy").
            panggilan: ['Prabowo', 'Pak Prabowo', 'Wowo', 'Pak Wowo', 'Prabs', 'Gibran', 'Mas Gibran', 'Gibran Rakabuming'],
            pasangan: ['Prabowo-Gibran'],
            partai: ['Gerindra', 'Golkar', 'Partai Amanat Nasional', 'PAN', 'Partai Demokrat', 'Partai Bulan Bintang', 'Partai Gelora', 'Partai Garuda', 'Partai Solidaritas Indonesia', 'PSI'],
            tagar: ['PrabowoGibran', 'PrabowoGibran2024', 'PrabowoPresiden', 'PrabowoPresiden2024', 'PrabowoGibranSatuPutaran', 'Prabowo2024', 'BersamaIndonesiaMaju', 'PrabowoGemoy', 'KodeKita08Gemoy', 'PrabowoGibranIstimewa', 'MenangSatuPutaran', 'PrabowoGibranMenang',
              // seen on pro-02 tweets in election-2024 dev (achmaddhani-pilpres2024-tweets, -tweets-b), none on neutral items
              'MenangSeputaran', 'KolaborasiGenerasi', 'WaktunyaIndonesiaMaju', 'DuaSejoliPaketKomplet', 'KoalisiIndonesiaMaju', 'IndonesiaSuperpowerBaru', 'BirulangitPrabowoGibran'],
          },
          {
            nomor: '3',
            nama: ['Ganjar Pranowo', 'Mohammad Mahfud MD', 'Mahfud MD'],
            panggilan: ['Ganjar', 'Pak Ganjar', 'Mahfud', 'Prof Mahfud'],
            pasangan: ['Ganjar-Mahfud'],
            partai: ['PDI Perjuangan', 'PDI-P', 'PDIP', 'Partai Persatuan Pembangunan', 'PPP', 'Perindo', 'Hanura'],
            tagar: ['GanjarMahfud', 'GanjarMahfud2024', 'GanjarPresiden', 'GanjarPresiden2024', 'Ganjar2024', 'GanjarMahfudMenang'],
          },
        ],
      },
    ],
  },
  'partai-2024': {
    judul: 'Partai politik peserta Pemilu 2024 (nasional dan partai politik lokal Aceh)',
    sumber:
      'Keputusan KPU Nomor 518 Tahun 2022 (penetapan partai politik peserta Pemilu 2024, 14 Desember 2022) dan Nomor 519 Tahun 2022 (nomor urut); Partai Ummat (nomor 24) menyusul lewat Keputusan KPU Nomor 551 Tahun 2022 (belum diverifikasi); partai politik lokal Aceh nomor 18–23 ditetapkan KIP Aceh (nomor keputusan belum diverifikasi).',
    pemilihan: [
      {
        nama: 'Pemilu Legislatif 2024',
        tingkat: 'legislatif',
        wilayah: 'Indonesia',
        ...PEMILU_2024,
        calon: [],
        partai: [
          party('1', 'Partai Kebangkitan Bangsa', 'PKB'),
          party('2', 'Partai Gerakan Indonesia Raya', 'Gerindra'),
          party('3', 'Partai Demokrasi Indonesia Perjuangan', 'PDI Perjuangan', 'PDI-P', 'PDIP'),
          party('4', 'Partai Golongan Karya', 'Partai Golkar', 'Golkar'),
          party('5', 'Partai NasDem', 'NasDem'),
          party('6', 'Partai Buruh'),
          party('7', 'Partai Gelombang Rakyat Indonesia', 'Partai Gelora'),
          party('8', 'Partai Keadilan Sejahtera', 'PKS'),
          party('9', 'Partai Kebangkitan Nusantara', 'PKN'),
          party('10', 'Partai Hati Nurani Rakyat', 'Hanura'),
          party('11', 'Partai Garda Republik Indonesia', 'Partai Garuda'),
          party('12', 'Partai Amanat Nasional', 'PAN'),
          party('13', 'Partai Bulan Bintang'),
          party('14', 'Partai Demokrat'),
          party('15', 'Partai Solidaritas Indonesia', 'PSI'),
          party('16', 'Partai Persatuan Indonesia', 'Perindo'),
          party('17', 'Partai Persatuan Pembangunan', 'PPP'),
          party('24', 'Partai Ummat'),
        ],
      },
      {
        nama: 'Pemilu DPRA dan DPRK Aceh 2024 (partai politik lokal)',
        tingkat: 'legislatif',
        wilayah: 'Aceh',
        ...PEMILU_2024,
        calon: [],
        partai: [
          party('18', 'Partai Nanggroe Aceh', 'PNA'),
          party('19', 'Partai Generasi Atjeh Beusaboh Thaat dan Taqwa', 'Partai Gabthat'),
          party('20', 'Partai Darul Aceh', 'PDA'),
          party('21', 'Partai Aceh'),
          party('22', 'Partai Adil Sejahtera Aceh', 'PAS Aceh'),
          party('23', 'Partai Soliditas Independen Rakyat Aceh', 'Partai SIRA'),
        ],
      },
    ],
  },
};

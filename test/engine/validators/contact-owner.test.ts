// Phone numbers and e-mails are exempt only when they are the office's own contact:
// the office named as owner, an official channel, a call centre, the narahubung line.
// A private person named as owner is reported, whatever "hubungi"/"melalui"/"info" say.
import assert from 'node:assert/strict';
import { contactOwner } from '../../../server/src/engine/validators/context';
import { hits } from '../../helpers/validators';

const HP = '0812-3456-7890';
const owner = (text: string, needle = HP) => {
  const i = text.indexOf(needle);
  return contactOwner(text, i, i + needle.length);
};

describe('validators: whose contact (telepon, email)', () => {
  it('reports a private person named after hubungi/melalui, even with info/konfirmasi/pendaftaran words', () => {
    for (const t of [
      `Bagi yang menemukan dompet, hubungi Budi di ${HP}.`,
      `Info lebih lanjut hubungi ${HP} (Budi).`,
      `Untuk konfirmasi kehadiran hubungi Sdr. Budi di ${HP}.`,
      `Dompet ditemukan di depan kantor kelurahan, hubungi Budi ${HP}.`,
      `Pendaftaran melalui WhatsApp ${HP} atas nama Siti.`,
      `Yang berminat silakan hubungi Pak Budi melalui WA ${HP}.`,
      `Hubungi Budi di Desa Sukamaju ${HP}.`,
      `Siapa pun yang melihat anak ini mohon menghubungi ibunya, Fitri Susanti, di ${HP}.`,
      `Hubungi saya di ${HP} kalau ada yang mau beli motor bekas.`,
    ]) {
      assert.deepEqual(hits('telepon', t), [HP], t);
      assert.equal(owner(t), 'person', t);
    }
    assert.deepEqual(hits('email', 'Informasi lebih lanjut hubungi Andi melalui andi.pratama@gmail.com.'), ['andi.pratama@gmail.com']);
    assert.deepEqual(hits('email', 'Pendaftaran melalui email rina.kartika@yahoo.com atas nama Rina.'), ['rina.kartika@yahoo.com']);
    assert.deepEqual(hits('email', 'Hubungi saya di budi88@gmail.com atau WA 0812-3456-7890.'), ['budi88@gmail.com']);
  });

  it('exempts the office named as owner, official channels, call centres and the narahubung line', () => {
    for (const t of [
      `Silakan hubungi Dinas Sosial di ${HP}.`,
      `Hubungi WhatsApp resmi Pemkab Bandung ${HP}.`,
      `Hubungi Kelurahan Sukajadi di ${HP}.`,
      `Untuk konfirmasi kehadiran, silakan hubungi panitia di ${HP} (Rina).`,
      `Media dapat menghubungi Kepala Bagian Protokol, Dedi Mulyadi, ${HP}.`,
      `Warga yang kehilangan motor silakan hubungi Polsek Coblong di ${HP}.`,
      `Pendaftaran peserta dibuka melalui nomor WA center ${HP}.`,
      `Laporkan melalui layanan pengaduan di ${HP}.`,
      `Informasi lebih lanjut hubungi ${HP} (Humas).`,
      `Aduan dapat disampaikan melalui saluran yang disediakan Kemkomdigi, seperti WhatsApp: ${HP}.`,
    ]) {
      assert.deepEqual(hits('telepon', t), [], t);
      assert.equal(owner(t), 'office', t);
    }
    for (const t of [`Narahubung: Rina (${HP}).`, `Hubungi narahubung: Rina (${HP}).`, `Kontak media: Wahyu Kurniawan, HP ${HP}.`]) {
      assert.deepEqual(hits('telepon', t), [], t);
    }
    assert.deepEqual(hits('email', 'Informasi lebih lanjut hubungi Andi melalui andi@kemkes.go.id.'), []);
    assert.deepEqual(hits('email', 'Narahubung: Andi, andi.pratama@gmail.com.'), []);
    assert.deepEqual(hits('email', 'Silakan hubungi Dinas Sosial melalui dinsos.kab@gmail.com.'), []);
  });

  it('leaves a contact with no named owner to the context words', () => {
    assert.equal(owner(`Informasi lebih lanjut hubungi ${HP}.`), null);
    assert.deepEqual(hits('telepon', `Informasi lebih lanjut hubungi ${HP}.`), []);
    assert.deepEqual(hits('telepon', `Tersangka menipu korban melalui nomor ${HP} yang kini diblokir.`), [HP]);
  });
});

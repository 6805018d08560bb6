/** Registry of the personal-data validators, keyed by the name rules use in `match.validator`. */
import type { Validator } from './types';
import { alamat } from './alamat';
import { bpjs } from './bpjs';
import { email } from './email';
import { identitasAnakKorban } from './identitas-anak-korban';
import { kk } from './kk';
import { nik } from './nik';
import { nip } from './nip';
import { npwp } from './npwp';
import { paspor } from './paspor';
import { rekening } from './rekening';
import { sim } from './sim';
import { telepon } from './telepon';

export const VALIDATORS: Record<string, Validator> = Object.fromEntries(
  [nik, kk, npwp, nip, bpjs, paspor, sim, telepon, email, rekening, alamat, identitasAnakKorban].map((v) => [v.name, v]),
);

export type { Validator, Candidate, ValidatorHit } from './types';

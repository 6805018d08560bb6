import type { Validator } from './types';

/** Every validator a rule file may name in `match.validator`. */
export const VALIDATORS: Record<string, Validator> = {};

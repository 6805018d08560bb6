import * as path from 'node:path';
import * as fs from 'node:fs';
import { Linter, parseConfig, type ProjectConfig } from '../../server/src/engine';
import { loadRuleDirs } from '../../server/src/node/ruleFiles';

export const RULES_DIR = path.join(__dirname, '..', '..', 'rules');

let cached: ReturnType<typeof loadRuleDirs> | undefined;
/** The shipped rules, loaded once for the whole test run. */
export function shippedRules() {
  cached ??= loadRuleDirs([RULES_DIR]);
  return cached;
}

let linter: Linter | undefined;
export function shippedLinter(): Linter {
  linter ??= new Linter(shippedRules().rules);
  return linter;
}

export const SAMPLE_REGISTRY_FILE = path.join(__dirname, '..', 'fixtures', 'pemilihan', '.etika-asn.yaml');

/** The sample election registry that registry rules' examples run with (a fictional Pilkada). */
export function sampleRegistryConfig(): ProjectConfig {
  return parseConfig(SAMPLE_REGISTRY_FILE, fs.readFileSync(SAMPLE_REGISTRY_FILE, 'utf8')).config;
}

import * as path from 'node:path';
import { Linter } from '../../server/src/engine';
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

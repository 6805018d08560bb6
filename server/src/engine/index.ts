// The engine's public face: everything the CLI, the language server and tests use.
export * from './types';
export { Linter, sentenceBounds, type EngineConfig, type LintOptions } from './linter';
export { parseRule, compileTrustedRule, compileSafePattern, type Rule, type RawRule, type Problem, type RuleExample } from './rules';
export { parseConfig, mergeConfigs, CONFIG_FILE_NAME, type ParsedConfig, type ProjectConfig } from './config';
export { applyEdits, firstFixEdits } from './fixes';
export { suppressionComment } from './suppress';
export { LineIndex, checkableText } from './text';
export { VALIDATORS } from './validators';
export { buildSummary, buildChecklist, decideVerdict, renderSummary, maskPersonal, REVISION_POINTS, CATEGORY_NAMES, SEVERITY_NAMES, type ComplianceSummary, type Verdict } from './summary';

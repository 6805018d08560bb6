// The engine's public face: everything the CLI, the language server and tests use.
export * from './types';
export { Linter, type EngineConfig, type LintOptions } from './linter';
export { sentenceBounds, Segments, isLineBreakCode, SENTENCE_ABBREVIATIONS } from './segment';
export { parseRule, compileTrustedRule, toBundledRule, type BundledRule, compileSafePattern, type Rule, type RawRule, type Problem, type RuleExample } from './rules';
export { OPTIONS, RULE_SETTINGS, DEFAULT_SETTINGS, DEFAULT_LANGUAGES, normalizeSettings, type OptionSpec, type RuleSetting, type Settings } from './options';
export type { RequiredLiteral } from './prefilter';
export { parseConfig, mergeConfigs, CONFIG_FILE_NAME, type ParsedConfig, type ProjectConfig } from './config';
export { applyEdits, applyOffsetEdits, chosenEdits, firstFixEdits, fixText, resolveEdits, type FixResult, type FixSelection, type OffsetEdit } from './fixes';
export { hasBlockDirective, suppressionComment } from './suppress';
export { LineIndex, checkableText } from './text';
export { VALIDATORS } from './validators';
export { buildSummary, buildChecklist, decideVerdict, renderSummary, maskPersonal, REVISION_POINTS, CATEGORY_NAMES, SEVERITY_NAMES, type ComplianceSummary, type Verdict } from './summary';
export { parseRegistry, describeRegistry, registryElections, inCampaignPeriod, ELECTION_LEVELS, type RegistryConfig, type Election } from './registry';
export { REGISTRY_PACKS } from './registry-packs';
export { RULESET_VERSION } from './ruleset';

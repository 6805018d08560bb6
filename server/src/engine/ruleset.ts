// The version of the built-in rule set (rules/ruleset.json), bundled at build time. A compliance
// summary names it, so an archived report says which rules judged the text.
import ruleset from '../../../rules/ruleset.json';

export const RULESET_VERSION: string = ruleset.version;

// npm run gen:settings: package.json's `contributes.configuration`, written from the one
// declaration of the options (server/src/engine/options.ts). test/lsp/data.test.ts fails when
// package.json is out of date.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OPTIONS, REGISTRY_PACKS, RULE_SETTINGS, type OptionSpec } from '../server/src/engine';
import { SETTINGS_SECTION } from '../server/src/shared/protocol';

export const PACKAGE_JSON = path.join(__dirname, '..', 'package.json');

function property(name: string, spec: OptionSpec): Record<string, unknown> {
  const description = `%${SETTINGS_SECTION}.config.${name}%`;
  switch (spec.kind) {
    case 'boolean':
      return { type: 'boolean', default: spec.default, scope: spec.scope, description };
    case 'strings':
      return { type: 'array', items: { type: 'string' }, default: spec.default, scope: spec.scope, description };
    case 'ruleSettings':
      return { type: 'object', default: {}, scope: spec.scope, additionalProperties: { type: 'string', enum: RULE_SETTINGS }, markdownDescription: description };
    case 'choice':
      // null: not set in the editor, so `.etika-asn.yaml` decides
      return {
        type: ['string', 'null'],
        enum: [null, ...spec.values],
        enumDescriptions: [`%${SETTINGS_SECTION}.config.${name}.fromFile%`, ...spec.values.map((v) => `%${SETTINGS_SECTION}.config.${name}.${v}%`)],
        default: null,
        scope: spec.scope,
        description,
      };
    case 'registry':
      // a first check while typing in settings.json; the server checks the whole registry
      return {
        type: 'object',
        default: {},
        scope: spec.scope,
        properties: {
          paket: { type: 'array', items: { type: 'string', enum: Object.keys(REGISTRY_PACKS) } },
          tanggal: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
          daftar: { type: 'array', items: { type: 'object' } },
        },
        markdownDescription: description,
      };
  }
}

export function settingsContribution(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(OPTIONS)) properties[`${SETTINGS_SECTION}.${name}`] = property(name, spec);
  // read by vscode-languageclient itself, not by our code
  properties[`${SETTINGS_SECTION}.trace.server`] = {
    type: 'string',
    enum: ['off', 'messages', 'verbose'],
    default: 'off',
    scope: 'window',
    description: `%${SETTINGS_SECTION}.config.trace%`,
  };
  return { title: 'Etika ASN', properties };
}

if (require.main === module) {
  const pkg = JSON.parse(fs.readFileSync(PACKAGE_JSON, 'utf8'));
  pkg.contributes.configuration = settingsContribution();
  fs.writeFileSync(PACKAGE_JSON, `${JSON.stringify(pkg, null, 2)}\n`);
  console.log(`${path.relative(process.cwd(), PACKAGE_JSON)}: contributes.configuration written (${Object.keys(OPTIONS).length + 1} settings)`);
}

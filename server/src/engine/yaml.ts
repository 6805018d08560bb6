// The YAML library on first use: it is half of the CLI bundle, and a check with the shipped
// rules (pre-parsed into the JSON bundle) and no .etika-asn.yaml never parses YAML.
import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

export function yaml(): typeof Yaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('yaml') as typeof Yaml);
}

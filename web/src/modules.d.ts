// The shipped rules, resolved by scripts/build-web.mjs to dist/builtin-rules.json.
declare module 'etika-asn:builtin-rules' {
  const bundle: unknown;
  export default bundle;
}

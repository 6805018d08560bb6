// The esbuild options every bundle of this project shares (the build and the VS Code test runner).
export const ESBUILD_COMMON = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild's table lacks Node's \p{…} support, so it would turn each /\p{L}/u literal into a
  // new RegExp(…) call that V8 re-creates on every evaluation (61,000 in one 1 MB check)
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  logLevel: 'warning',
};

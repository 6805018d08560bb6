// The esbuild options every bundle of this project shares (the build and the VS Code test runner).
export const ESBUILD_COMMON = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
};

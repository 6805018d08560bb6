// Example drafts bundled as text by scripts/build-web.mjs.
declare module '*.siaran' {
  const text: string;
  export default text;
}

// The shipped command: dist/main.js and everything it imports (the workspace libraries' dist
// and saxes) in one file, dist/virtkit-validate.js. Loading one file instead of some eighty
// modules halves the start-up of a run; the library build (dist/index.js) is unaffected.
// The same code once more from dist/snapshot-main.js, as the one CommonJS script that
// `node --build-snapshot` accepts (scripts/build-snapshot.mjs).
export default [
  {
    input: 'dist/main.js',
    platform: 'node',
    output: { file: 'dist/virtkit-validate.js', format: 'esm', codeSplitting: false },
  },
  {
    input: 'dist/snapshot-main.js',
    platform: 'node',
    output: { file: 'dist/virtkit-validate-snapshot.cjs', format: 'cjs', codeSplitting: false },
  },
];

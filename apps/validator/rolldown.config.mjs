// The shipped command: dist/main.js and everything it imports (the workspace libraries' dist
// and saxes) in one file, dist/virtkit-validate.js. Loading one file instead of some eighty
// modules halves the start-up of a run; the library build (dist/index.js) is unaffected.
export default {
  input: 'dist/main.js',
  platform: 'node',
  output: { file: 'dist/virtkit-validate.js', format: 'esm', codeSplitting: false },
};

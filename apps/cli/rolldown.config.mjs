// The shipped command: dist/main.js and everything it imports (the workspace libraries' dist and
// saxes) in one file, dist/virtkit.js, as apps/validator does for virtkit-validate. Node then
// loads one module instead of a hundred-odd, which is most of a short command's run time.
export default {
  input: 'dist/main.js',
  platform: 'node',
  output: { file: 'dist/virtkit.js', format: 'esm', codeSplitting: false },
};

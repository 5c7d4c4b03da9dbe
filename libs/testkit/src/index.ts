export {
  libvirtCorpusDir,
  libvirtSchemaDir,
  readCorpusJson,
  relaxngSpectestFile,
  repoRoot,
  type DomainManifestEntry,
} from './corpus.js';
export { writeBenchmarkSection } from './benchmarks.js';
export {
  parseXmllintOutput,
  runXmllint,
  XmllintSchemaError,
  XmllintTimeoutError,
  type XmllintOptions,
  type XmllintVerdict,
} from './xmllint.js';
export { makeMutants, MUTATION_KINDS, type Mutant, type MutantOptions, type MutationKind } from './mutants.js';

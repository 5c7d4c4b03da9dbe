export {
  libvirtCorpusDir,
  libvirtSchemaDir,
  readCorpusJson,
  relaxngSpectestFile,
  repoRoot,
  type DomainManifestEntry,
} from './corpus.js';

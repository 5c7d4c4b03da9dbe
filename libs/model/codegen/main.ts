/**
 * `npm run generate` (nx target `generate`): regenerates src/generated/ from schemas/rng.
 * Usage: main.js [outDir] [schemaFile]
 */
import { resolve } from 'node:path';
import { generateModel } from './generate.js';
import { DOMAIN_SCHEMA, GENERATED_DIR, readDomainGrammar } from './read.js';
import { writeGenerated } from './write.js';

const outDir = resolve(process.argv[2] ?? GENERATED_DIR);
const files = await generateModel(readDomainGrammar(resolve(process.argv[3] ?? DOMAIN_SCHEMA)));
writeGenerated(outDir, files);
console.log(`wrote ${files.size} files to ${outDir}`);

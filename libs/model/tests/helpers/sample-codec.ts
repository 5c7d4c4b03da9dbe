import { toCodecTables } from '../../codegen/emit/codec-tables.js';
import { inferShapes } from '../../codegen/shapes/infer.js';
import { formatWithTables, type FormatOptions } from '../../src/runtime/format.js';
import { parseWithTables, type ParseOptions } from '../../src/runtime/parse.js';
import type { ModelObject } from '../../src/runtime/symbols.js';
import { sampleGrammar } from './sample-grammar.js';

/** Codec tables of the sample grammar, built the way the generator builds the real ones. */
export const sampleTables = toCodecTables(inferShapes(sampleGrammar));

export const parseSample = (xml: string, options?: ParseOptions): ModelObject => parseWithTables(xml, sampleTables, options);
export const formatSample = (value: ModelObject, options?: FormatOptions): string => formatWithTables(value, sampleTables, options);

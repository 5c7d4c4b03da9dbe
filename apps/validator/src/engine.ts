import { compileSchema, SchemaErrorCode, ValidationCode } from '@virtkit/relaxng';
import { registerCodeNames } from './codes.js';
import type { SchemaCompiler } from './schemas.js';

registerCodeNames(ValidationCode);
registerCodeNames(SchemaErrorCode);

/** The production schema compiler: @virtkit/relaxng's engine. */
export const compileWithEngine: SchemaCompiler = (file) => compileSchema(file);

/** The first lines of every generated file: what it is and how to regenerate it. */
export const GENERATED_HEADER = [
  'Generated from schemas/rng by libs/model/codegen: do not edit.',
  'Regenerate with `npx nx run @virtkit/model:generate`.',
];

export const tsHeader = (): string => `/*\n${GENERATED_HEADER.map((l) => ` * ${l}`).join('\n')}\n */\n`;

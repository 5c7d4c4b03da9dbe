import type { CodecShape, CodecTables } from '../../src/runtime/tables.js';
import type { ShapeModel } from '../shapes/model.js';
import { CodeWriter, quote } from './code-writer.js';
import { tsHeader } from './header.js';

/** Phase 3c: the codec tables the runtime's parse and format are driven by. */
export function toCodecTables(model: ShapeModel): CodecTables {
  const { root } = model;
  return {
    namespaces: model.namespaces,
    root: { ns: root.ns, local: root.local, qname: root.qname, shape: root.index },
    shapes: model.shapes.map((s) => ({
      type: s.typeName,
      text: s.textMode,
      anyAttributes: s.anyAttributes,
      anyElements: s.anyElements,
      attributes: s.attributes.map((a) => ({ key: a.key, ns: a.ns, local: a.local, qname: a.qname })),
      children: s.children.map((c) => ({ key: c.key, ns: c.ns, local: c.local, shape: c.shape.index, many: c.many })),
    })),
  };
}

/** The tables as a TypeScript module, one shape per block so diffs stay readable. */
export function emitCodecTables(tables: CodecTables): string {
  const w = new CodeWriter();
  w.line(tsHeader().trimEnd());
  w.line("import type { CodecTables } from '../runtime/tables.js';");
  w.line();
  w.block('export const codecTables: CodecTables = {', () => {
    w.block('namespaces: {', () => {
      for (const [prefix, uri] of Object.entries(tables.namespaces)) w.line(`${quote(prefix)}: ${quote(uri)},`);
    }, '},');
    const { root } = tables;
    w.line(`root: { ns: ${quote(root.ns)}, local: ${quote(root.local)}, qname: ${quote(root.qname)}, shape: ${root.shape} },`);
    w.block('shapes: [', () => tables.shapes.forEach((shape, i) => writeShape(w, shape, i)), '],');
  }, '};');
  return w.toString();
}

function writeShape(w: CodeWriter, shape: CodecShape, index: number): void {
  w.block(`{ // ${index}`, () => {
    w.line(`type: ${quote(shape.type)},`);
    w.line(`text: ${quote(shape.text)},`);
    w.line(`anyAttributes: ${shape.anyAttributes},`);
    w.line(`anyElements: ${shape.anyElements},`);
    list(w, 'attributes', shape.attributes.map((a) => `{ key: ${quote(a.key)}, ns: ${quote(a.ns)}, local: ${quote(a.local)}, qname: ${quote(a.qname)} },`));
    list(w, 'children', shape.children.map((c) => `{ key: ${quote(c.key)}, ns: ${quote(c.ns)}, local: ${quote(c.local)}, shape: ${c.shape}, many: ${c.many} },`));
  }, '},');
}

function list(w: CodeWriter, name: string, lines: readonly string[]): void {
  if (lines.length === 0) w.line(`${name}: [],`);
  else w.block(`${name}: [`, () => lines.forEach((l) => w.line(l)), '],');
}

import { parseXml, XmlSyntaxError, type XmlDocument, type XmlElement } from '@virtkit/xml';
import type { CheckingSchema, Problem, RunIo, SchemaCompiler } from '../src/index.js';

/** An in-memory process edge for running the CLI inside a test. */
export function memoryIo(options: { cwd: string; stdin?: string; stdoutTTY?: boolean; stderrTTY?: boolean; env?: Record<string, string>; now?: () => number }) {
  const out: string[] = [];
  const err: string[] = [];
  const io: RunIo = {
    stdout: { write: (s) => void out.push(s), isTTY: options.stdoutTTY ?? false },
    stderr: { write: (s) => void err.push(s), isTTY: options.stderrTTY ?? false, columns: 200 },
    readStdin: async () => {
      if (options.stdin === undefined) throw Object.assign(new Error('stdin closed'), { code: 'EBADF' });
      return options.stdin;
    },
    env: options.env ?? {},
    cwd: options.cwd,
    ...(options.now ? { now: options.now } : {}),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

/**
 * A synthetic schema compiler for orchestration tests (which schema, how often, which exit code),
 * standing in for the engine: a document is invalid exactly when it contains an element named
 * `forbidden`, reported with that element's path and position (a syntax error past the root start
 * tag is reported as the engine reports it). A schema file whose name contains
 * `broken` fails to compile. Every compilation is recorded.
 */
export function recordingCompiler(): { compile: SchemaCompiler; compiled: string[] } {
  const compiled: string[] = [];
  const compile: SchemaCompiler = (file) => {
    compiled.push(file);
    if (file.includes('broken')) throw new Error(`${file}:1:1: not a RELAX NG schema`);
    const schema: CheckingSchema = {
      validate(text: string) {
        let doc: XmlDocument;
        try {
          doc = parseXml(text);
        } catch (error) {
          // As the engine does: a syntax error is the document's one diagnostic.
          if (!(error instanceof XmlSyntaxError)) throw error;
          const at = { line: error.line, column: error.column };
          return { valid: false, diagnostics: [{ code: error.code, severity: 'error' as const, message: error.reason, path: '', range: { start: at, end: at } }] };
        }
        const diagnostics: Problem[] = [];
        const visit = (element: XmlElement, path: string) => {
          if (element.local === 'forbidden') {
            diagnostics.push({ code: 2103, severity: 'error' as const, message: 'element <forbidden> is not allowed here', path, range: element.startTagRange, expected: ['<allowed>'] });
          }
          const counts = new Map<string, number>();
          for (const child of element.children) {
            if (child.kind !== 'element') continue;
            const n = (counts.get(child.local) ?? 0) + 1;
            counts.set(child.local, n);
            visit(child, `${path}/${child.local}[${n}]`);
          }
        };
        visit(doc.root, `/${doc.root.local}`);
        return { valid: diagnostics.length === 0, diagnostics };
      },
    };
    return schema;
  };
  return { compile, compiled };
}

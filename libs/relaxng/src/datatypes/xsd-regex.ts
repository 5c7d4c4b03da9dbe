/**
 * Translates an XML Schema regular expression (XSD Part 2, appendix F) into an anchored JavaScript
 * RegExp with the `u` flag. Differences handled: the whole value must match; `^` and `$` are
 * ordinary characters; `.` excludes only newline and carriage return; `\i \c \d \w \s` and their
 * negations have XML meanings; character class subtraction `[a-z-[aeiou]]` becomes a lookahead.
 */

// XML name characters (XML 1.0 fifth edition ranges), written for use inside a JS class.
const NAME_START = ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;

const SYNTAX_OUTSIDE = new Set([...'^$\\.*+?()[]{}|/']);
const SYNTAX_INSIDE = new Set([...'\\]-^[']);
const SINGLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t' };
const ESCAPABLE = new Set([...'\\|.?*+(){}-[]^']);

export class XsdRegexError extends Error {}

/** A multi-character escape: text to put inside a class, or a standalone atom for negated sets. */
interface ClassPiece {
  readonly inside?: string;
  readonly atom?: string;
}

function multiEscape(letter: string, property: string | undefined): ClassPiece | undefined {
  switch (letter) {
    case 's': return { inside: '\\t\\n\\r ' };
    case 'S': return { atom: '[^\\t\\n\\r ]' };
    case 'i': return { inside: NAME_START };
    case 'I': return { atom: `[^${NAME_START}]` };
    case 'c': return { inside: NAME_CHAR };
    case 'C': return { atom: `[^${NAME_CHAR}]` };
    case 'd': return { inside: '\\p{Nd}' };
    case 'D': return { inside: '\\P{Nd}' };
    case 'w': return { atom: '[^\\p{P}\\p{Z}\\p{C}]' };
    case 'W': return { inside: '\\p{P}\\p{Z}\\p{C}' };
    case 'p':
    case 'P': {
      const name = property!;
      if (/^Is/.test(name)) throw new XsdRegexError(`Unicode block escapes (\\p{${name}}) are not supported`);
      if (!/^[A-Z][a-z]?$/.test(name)) throw new XsdRegexError(`unknown character category "${name}"`);
      return { inside: `\\${letter}{${name}}` };
    }
    default:
      return undefined;
  }
}

const escapeLiteral = (c: string, inside: boolean) => ((inside ? SYNTAX_INSIDE : SYNTAX_OUTSIDE).has(c) ? `\\${c}` : c);

export function translateXsdRegex(source: string): RegExp {
  const chars = Array.from(source);
  let i = 0;

  const readEscape = (): { char?: string; piece?: ClassPiece } => {
    const letter = chars[i + 1];
    if (letter === undefined) throw new XsdRegexError('pattern ends with a backslash');
    i += 2;
    if (letter in SINGLE_ESCAPES) return { char: SINGLE_ESCAPES[letter]! };
    if (ESCAPABLE.has(letter)) return { char: letter };
    let property: string | undefined;
    if (letter === 'p' || letter === 'P') {
      if (chars[i] !== '{') throw new XsdRegexError(`\\${letter} must be followed by {name}`);
      const close = chars.indexOf('}', i);
      if (close < 0) throw new XsdRegexError(`unterminated \\${letter}{`);
      property = chars.slice(i + 1, close).join('');
      i = close + 1;
    }
    const piece = multiEscape(letter, property);
    if (!piece) throw new XsdRegexError(`unknown escape \\${letter}`);
    return { piece };
  };

  const readClass = (): string => {
    i++; // '['
    let negated = false;
    if (chars[i] === '^') { negated = true; i++; }
    let inside = '';
    const atoms: string[] = [];
    let subtraction: string | undefined;
    let first = true;
    for (;;) {
      const c = chars[i];
      if (c === undefined) throw new XsdRegexError('unterminated character class');
      if (c === ']' && !first) { i++; break; }
      if (c === '-' && chars[i + 1] === '[' && !first) {
        i++;
        subtraction = readClass();
        if (chars[i] !== ']') throw new XsdRegexError('a class subtraction must end its class');
        i++;
        break;
      }
      first = false;
      let from: string;
      if (c === '\\') {
        const e = readEscape();
        if (e.piece) {
          if (e.piece.inside !== undefined) inside += e.piece.inside;
          else atoms.push(e.piece.atom!);
          continue;
        }
        from = e.char!;
      } else {
        if (c === '[') throw new XsdRegexError('"[" must be escaped inside a character class');
        from = c;
        i++;
      }
      if (chars[i] === '-' && chars[i + 1] !== ']' && chars[i + 1] !== '[' && chars[i + 1] !== undefined) {
        i++;
        let to: string;
        if (chars[i] === '\\') {
          const e = readEscape();
          if (!e.char) throw new XsdRegexError('a range cannot end with a multi-character escape');
          to = e.char;
        } else {
          to = chars[i]!;
          if (to === '[') throw new XsdRegexError('"[" must be escaped inside a character class');
          i++;
        }
        if (to.codePointAt(0)! < from.codePointAt(0)!) throw new XsdRegexError(`character range ${from}-${to} is out of order`);
        inside += `${escapeLiteral(from, true)}-${escapeLiteral(to, true)}`;
      } else {
        inside += escapeLiteral(from, true);
      }
    }
    const options = [...(inside ? [`[${inside}]`] : []), ...atoms];
    let set = options.length === 1 ? options[0]! : `(?:${options.join('|')})`;
    if (options.length === 0) set = '[]';
    if (negated) set = `(?:(?!${set})[\\s\\S])`;
    if (subtraction) set = `(?:(?!${subtraction})${set})`;
    return set;
  };

  let out = '';
  let depth = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    if (c === '\\') {
      const e = readEscape();
      if (e.piece) out += e.piece.inside !== undefined ? `[${e.piece.inside}]` : e.piece.atom!;
      else out += escapeLiteral(e.char!, false);
    } else if (c === '[') {
      out += readClass();
    } else if (c === '.') {
      out += '[^\\n\\r]';
      i++;
    } else if (c === '(') {
      if (chars[i + 1] === '?') throw new XsdRegexError('"(?" is not XML Schema syntax');
      depth++;
      out += '(?:';
      i++;
    } else if (c === ')') {
      if (--depth < 0) throw new XsdRegexError('unbalanced ")"');
      out += ')';
      i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(chars.slice(i, i + 40).join(''));
      if (!m) throw new XsdRegexError('malformed quantifier');
      if (m[3] && Number(m[3]) < Number(m[1])) throw new XsdRegexError(`quantifier ${m[0]} has max below min`);
      out += m[0];
      i += m[0].length;
    } else if (c === '}' || c === ']') {
      throw new XsdRegexError(`"${c}" must be escaped`);
    } else if (c === '^' || c === '$') {
      out += `\\${c}`;
      i++;
    } else {
      out += c === '|' || c === '*' || c === '+' || c === '?' ? c : escapeLiteral(c, false);
      i++;
    }
  }
  if (depth !== 0) throw new XsdRegexError('unbalanced "("');
  try {
    return new RegExp(`^(?:${out})$`, 'u');
  } catch (err) {
    throw new XsdRegexError((err as Error).message);
  }
}

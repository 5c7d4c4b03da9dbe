/**
 * Every message text of validation diagnostics, in one place. Element names are shown as `<name>`,
 * attribute names and values in double quotes.
 */

const MAX_LISTED = 12;

function list(unsorted: readonly string[], quote: (s: string) => string): string {
  const items = [...unsorted].sort();
  const shown = items.slice(0, MAX_LISTED).map(quote);
  const more = items.length > MAX_LISTED ? `, … (${items.length - MAX_LISTED} more)` : '';
  if (shown.length <= 1) return shown.join('') + more;
  return more ? shown.join(', ') + more : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

const el = (n: string) => `<${n}>`;
const q = (n: string) => `"${n}"`;
// The suggestion comes right after the problem: it is the most likely fix, the full list is a fallback.
const didYouMean = (s: string | undefined, quote: (s: string) => string) => (s ? ` Did you mean ${quote(s)}?` : '');

export const messages = {
  unexpectedRoot: (found: string, expected: readonly string[]) =>
    `The root element ${el(found)} is not allowed; expected ${list(expected, el)}.`,
  elementNotAllowed: (found: string, parent: string, expected: readonly string[], knownElsewhere: boolean, suggestion?: string) =>
    `${knownElsewhere ? 'Element' : 'Unknown element'} ${el(found)} is not allowed ${knownElsewhere ? 'at this place ' : ''}in ${el(parent)}.` +
    didYouMean(suggestion, el) +
    (expected.length ? ` Allowed here: ${list(expected, el)}.` : ' No more child elements are allowed here.'),
  elementRepeated: (found: string, parent: string, expected: readonly string[]) =>
    `${el(parent)} can have only one ${el(found)} here; this one is extra.` + (expected.length ? ` Allowed here: ${list(expected, el)}.` : ''),
  elementOutOfOrder: (found: string, parent: string, previous: string | undefined, expected: readonly string[]) =>
    `${el(found)} is out of order in ${el(parent)}: it must come earlier${previous ? ` than ${el(previous)}` : ''}.` +
    (expected.length ? ` Allowed here: ${list(expected, el)}.` : ''),
  incompleteContent: (parent: string, missing: readonly string[], mode: 'all' | 'any', values: readonly string[]) =>
    `${el(parent)} is incomplete: ` +
    (missing.length
      ? `missing ${mode === 'any' && missing.length > 1 ? `one of ${list(missing, el)}` : list(missing, el).replace(/ or (?=<[^<]*$)/, ' and ')}.`
      : `missing its content (${list(values, (s) => s)}).`),
  unknownAttribute: (found: string, owner: string, allowed: readonly string[], knownElsewhere: boolean, suggestion?: string) =>
    `Attribute ${q(found)} is not allowed ${knownElsewhere ? 'here ' : ''}on ${el(owner)}.` +
    didYouMean(suggestion, q) +
    (allowed.length ? ` Allowed: ${list(allowed, q)}.` : ' No more attributes are allowed here.'),
  attributeConflict: (found: string, owner: string) =>
    `Attribute ${q(found)} is not allowed on ${el(owner)} together with the attributes before it.`,
  missingAttribute: (owner: string, missing: readonly string[]) =>
    `${el(owner)} is missing the required attribute ${missing.length > 1 ? `(one of ${list(missing, q)})` : q(missing[0] ?? '?')}.`,
  invalidAttributeValue: (name: string, value: string, values: readonly string[], types: readonly string[], reason?: string, suggestion?: string) =>
    `Attribute ${q(name)} has the invalid value ${q(value)}.` + didYouMean(suggestion, q) + ` Expected ${allowedValues(values, types, reason)}.`,
  invalidText: (owner: string, value: string, values: readonly string[], types: readonly string[], reason?: string, suggestion?: string) =>
    `${el(owner)} has the invalid content ${q(truncate(value))}.` + didYouMean(suggestion, q) + ` Expected ${allowedValues(values, types, reason)}.`,
  textNotAllowed: (owner: string, value: string) => `Text ${q(truncate(value))} is not allowed in ${el(owner)}.`,
  tooManyErrors: (max: number) => `Validation stopped after ${max} errors.`,
};

function allowedValues(values: readonly string[], types: readonly string[], reason?: string): string {
  const parts: string[] = [];
  if (values.length) parts.push(list(values, q));
  // A failure reason only makes sense when a single datatype was tried.
  // Pattern and bound failures are already spelled out by the type's description.
  const restated = reason !== undefined && (reason.startsWith('does not match the pattern') || reason.startsWith('must be '));
  const why = reason && !restated && types.length === 1 && values.length === 0 ? ` (${reason})` : '';
  if (types.length) parts.push(`a value of type ${list(types, (s) => s)}${why}`);
  return parts.join(', or ') || 'nothing';
}

function truncate(s: string): string {
  const flat = s.trim().replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

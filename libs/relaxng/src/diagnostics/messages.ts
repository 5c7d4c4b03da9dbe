/**
 * Every message text of validation diagnostics, in one place. Element names are shown as `<name>`,
 * attribute names and values in double quotes.
 *
 * A message says what is wrong; what the schema would have accepted instead is not repeated in it
 * but given once, as the diagnostic's `expected` list (see `shownExpected`), which every report
 * format prints beside the message.
 */

const el = (n: string) => `<${n}>`;
const q = (n: string) => `"${n}"`;
// The suggestion comes right after the problem: it is the most likely fix, the expected list is a fallback.
const didYouMean = (s: string | undefined, quote: (s: string) => string) => (s ? ` Did you mean ${quote(s)}?` : '');

export const messages = {
  unexpectedRoot: (found: string) => `The root element ${el(found)} is not one this schema accepts.`,
  elementNotAllowed: (found: string, parent: string, knownElsewhere: boolean, noneAllowed: boolean, suggestion?: string) =>
    `${knownElsewhere ? 'Element' : 'Unknown element'} ${el(found)} is not allowed ${knownElsewhere ? 'at this place ' : ''}in ${el(parent)}.` +
    didYouMean(suggestion, el) +
    (noneAllowed ? ' No more child elements are allowed here.' : ''),
  elementRepeated: (found: string, parent: string) => `${el(parent)} can have only one ${el(found)} here; this one is extra.`,
  elementOutOfOrder: (found: string, parent: string, previous: string | undefined) =>
    `${el(found)} is out of order in ${el(parent)}: it must come earlier${previous ? ` than ${el(previous)}` : ''}.`,
  incompleteContent: (parent: string, missing: 'element' | 'elements' | 'one-of' | 'content') =>
    `${el(parent)} is incomplete: ` +
    (missing === 'element'
      ? 'a required child element is missing.'
      : missing === 'elements'
        ? 'required child elements are missing.'
        : missing === 'one-of'
          ? 'it needs one of the expected child elements.'
          : 'its content is missing.'),
  unknownAttribute: (found: string, owner: string, knownElsewhere: boolean, noneAllowed: boolean, suggestion?: string) =>
    `Attribute ${q(found)} is not allowed ${knownElsewhere ? 'here ' : ''}on ${el(owner)}.` +
    didYouMean(suggestion, q) +
    (noneAllowed ? ' No more attributes are allowed here.' : ''),
  attributeConflict: (found: string, owner: string) =>
    `Attribute ${q(found)} is not allowed on ${el(owner)} together with the attributes before it.`,
  missingAttribute: (owner: string, alternatives: number) =>
    `${el(owner)} is missing ${alternatives > 1 ? 'one of the attributes it requires' : 'a required attribute'}.`,
  invalidAttributeValue: (name: string, value: string, why: string | undefined, suggestion?: string) =>
    `Attribute ${q(name)} has the invalid value ${q(value)}${why ? `: ${why}` : ''}.` + didYouMean(suggestion, q),
  invalidText: (owner: string, value: string, why: string | undefined, suggestion?: string) =>
    `${el(owner)} has the invalid content ${q(truncate(value))}${why ? `: ${why}` : ''}.` + didYouMean(suggestion, q),
  textNotAllowed: (owner: string, value: string) => `Text ${q(truncate(value))} is not allowed in ${el(owner)}.`,
  tooManyErrors: (max: number) => `Validation stopped after ${max} ${max === 1 ? 'error' : 'errors'}.`,
};

/**
 * Why a value failed, when that adds to the expected list: only when a single datatype was
 * tried, and not for pattern and bound failures, which the type's description already spells out.
 */
export function failureWorthSaying(reason: string | undefined, values: readonly string[], types: readonly string[]): string | undefined {
  if (reason === undefined || values.length > 0 || types.length !== 1) return undefined;
  return reason.startsWith('does not match the pattern') || reason.startsWith('must be ') ? undefined : reason;
}

/** What the schema accepted at a place, each item written as in messages, each kind sorted. */
export function shownExpected(what: {
  readonly elements?: readonly string[];
  readonly attributes?: readonly string[];
  readonly values?: readonly string[];
  readonly datatypes?: readonly string[];
  readonly text?: boolean;
}): string[] {
  const sorted = (items: readonly string[] | undefined, show: (s: string) => string) => [...new Set(items ?? [])].sort().map(show);
  return [
    ...sorted(what.elements, (n) => (n === '*' ? 'any element' : el(n))),
    ...sorted(what.attributes, (n) => (n === '*' ? 'any attribute' : q(n))),
    ...sorted(what.values, q),
    ...sorted(what.datatypes, (t) => t),
    ...(what.text ? ['text'] : []),
  ];
}

function truncate(s: string): string {
  const flat = s.trim().replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

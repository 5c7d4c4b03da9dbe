/**
 * `s` as a string of its own. V8 represents a substring of 13 characters or more as a view into
 * the string it was cut from: kept as a memo key, a value or a tag read from a document would
 * keep the whole document alive, to be copied by every young-generation collection and then
 * promoted. Prepending a character makes a new string that is flattened (copied) by `slice`.
 */
export const detached = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));

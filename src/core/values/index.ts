export type { Band, Comparison, DateValue, Quantity, ReadValue, Unit, Unreadable } from './types';
export { readValue, clearReadCache, wordsBeforeFigure, type ReadContext } from './read';
export { readSplitValue } from './split';
export { BOUND_PREFIXES, readComparison } from './comparison';
export { placeholderKind, withoutCoreMark } from './placeholder';
export { parseUnit, unitsConvertible, inBase } from './units';
export { bandOf } from './labels';
export { normaliseText } from './normalise';
export { ONE_CHARACTER_SIGNS, SIGNS, SIGN_SPELLINGS } from './signs';

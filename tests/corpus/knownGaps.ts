/**
 * Expectations the reader does not meet yet, each with the reader gap that explains it. The corpus test fails when
 * one of these is in fact met, so this list only shrinks: delete the entry when the reader learns the gap.
 */
export const knownGaps: Record<string, string> = {};

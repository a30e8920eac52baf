import { useState } from 'react';
import type { ExcelDouble } from '../../hosts/excelDouble';
import { isBlank } from './workbookFile';

/**
 * A replacement of the workbook that waits for the user's answer when the workbook holds something (a blank one is
 * replaced at once): save first, discard, or cancel.
 */
export function useReplaceAsking(double: ExcelDouble) {
  /** What replaces the workbook, in the user's words, and what to do. */
  const [pending, setPending] = useState<{ what: string; go: () => void }>();
  return {
    what: pending?.what,
    ask: (what: string, go: () => void) => (isBlank(double) ? go() : setPending({ what, go })),
    cancel: () => setPending(undefined),
    discard: () => {
      setPending(undefined);
      pending?.go();
    },
    saveFirst: (save: () => Promise<boolean>) => {
      setPending(undefined);
      void save().then((saved) => saved && pending?.go());
    },
  };
}

import { useEffect, useMemo, useRef, useState } from 'react';
import type { ExcelDouble } from '../../hosts/excelDouble';
import type { Rect } from '../../hosts/excelDouble/address';
import { readSheetView, type SheetView } from '../sheetView';
import { reachOf } from './navigation';

/** Re-reads the double after every change it reports (several in one task give one render). */
function useDoubleVersion(double: ExcelDouble): number {
  const [version, setVersion] = useState(0);
  useEffect(() => double.subscribe(() => setVersion((v) => v + 1)), [double]);
  return version;
}

/**
 * The sheet as the grid shows it, read again on every change of the workbook and as the selection reaches further;
 * rows that did not change keep their objects (from the previous read of the same sheet).
 */
export function useSheetView(double: ExcelDouble, sheetName: string, selected: Rect): SheetView {
  const version = useDoubleVersion(double);
  const previous = useRef<SheetView | undefined>(undefined);
  const { row: reachRow, col: reachCol } = reachOf(selected);
  return useMemo(() => {
    const started = performance.now();
    const next = readSheetView(double, sheetName, previous.current?.name === sheetName ? previous.current : undefined, {
      row: reachRow,
      col: reachCol,
    });
    // For the benchmark: what reading the sheet costs on each change.
    performance.measure('ziping:grid-read', { start: started, end: performance.now() });
    previous.current = next;
    return next;
    // `version` changes with every change of the workbook.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [double, sheetName, version, reachRow, reachCol]);
}

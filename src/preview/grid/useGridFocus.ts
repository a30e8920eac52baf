import { useCallback, useEffect, useRef } from 'react';
import type { Editing } from './useCellEditing';

/**
 * Where the grid's keyboard is: the cell editor (over the active cell) or the formula bar. After a grid action the
 * keyboard stays with the grid; a selection made by the pane leaves focus in the pane.
 */
export function useGridFocus(active: string, editing: Editing | undefined, sheetName: string) {
  const editor = useRef<HTMLInputElement>(null);
  const bar = useRef<HTMLInputElement>(null);
  /** Whether the grid (not the pane) has the keyboard: only then does it take focus back after an action. */
  const owned = useRef(false);

  const focusGrid = useCallback(() => {
    owned.current = true;
    editor.current?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    if (owned.current && document.activeElement !== bar.current) editor.current?.focus({ preventScroll: true });
  }, [active, editing, sheetName]);

  return {
    editor,
    bar,
    focusGrid,
    /** The grid has the keyboard (a key, a click or focus in it). */
    own: () => void (owned.current = true),
    /** The keyboard left the cell editor. */
    release: () => void (owned.current = false),
  };
}

import type { Step } from './navigation';

/** How an edit began: by typing (arrow keys then commit and move, as in Excel's Enter mode) or by F2 and the like. */
export type EditMode = 'enter' | 'edit';

/** A key as the grid reads it. */
export interface Key {
  key: string;
  shift: boolean;
  /** Ctrl, or ⌘ on a Mac. */
  ctrl: boolean;
}

/** What a key does in the grid; every key that does something is kept from the browser. */
export type KeyAction =
  /** The edit goes in, then the selection moves by `step` (no move without one). */
  | { do: 'commit'; step?: Step }
  /** The edit is dropped. */
  | { do: 'cancel' }
  | { do: 'move'; step: Step }
  /** An edit of what the cell holds (F2, Enter). */
  | { do: 'edit' }
  /** An empty edit that replaces the cell (Backspace). */
  | { do: 'replace' }
  /** The selected cells are emptied (Delete). */
  | { do: 'clear' }
  /** Home: to column A of the row; Ctrl+Home: to A1. */
  | { do: 'home'; toA1: boolean }
  | { do: 'undo' };

const ARROWS = new Map<string, Step>([
  ['ArrowDown', [1, 0]],
  ['ArrowUp', [-1, 0]],
  ['ArrowLeft', [0, -1]],
  ['ArrowRight', [0, 1]],
]);

/**
 * A key pressed in a cell, as in Excel: while an edit runs (`editing` says how it began) Enter and Tab commit and
 * move, and so do the arrows in Enter mode; Escape drops it. Otherwise the arrows and Tab move, Enter and F2 edit.
 */
export function cellKeyAction({ key, shift, ctrl }: Key, editing: EditMode | undefined): KeyAction | undefined {
  if (editing) {
    if (key === 'Enter') return { do: 'commit', step: [shift ? -1 : 1, 0] };
    if (key === 'Tab') return { do: 'commit', step: [0, shift ? -1 : 1] };
    const arrow = ARROWS.get(key);
    if (arrow && editing === 'enter') return { do: 'commit', step: arrow };
    return key === 'Escape' ? { do: 'cancel' } : undefined;
  }
  const arrow = ARROWS.get(key);
  if (arrow) return { do: 'move', step: arrow };
  switch (key) {
    case 'Tab':
      return { do: 'move', step: [0, shift ? -1 : 1] };
    case 'Enter':
    case 'F2':
      return { do: 'edit' };
    case 'Delete':
      return { do: 'clear' };
    case 'Backspace':
      return { do: 'replace' };
    case 'Home':
      return { do: 'home', toA1: ctrl };
  }
  return ctrl && (key === 'z' || key === 'Z') ? { do: 'undo' } : undefined;
}

/** A key pressed in the formula bar: Enter commits and moves down, Tab commits in place, Escape drops the edit. */
export function barKeyAction({ key }: Key): KeyAction | undefined {
  if (key === 'Enter') return { do: 'commit', step: [1, 0] };
  if (key === 'Tab') return { do: 'commit' };
  return key === 'Escape' ? { do: 'cancel' } : undefined;
}

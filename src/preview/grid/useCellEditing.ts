import { useState } from 'react';
import type { Lang } from '../../core/findings';
import type { ExcelDouble } from '../../hosts/excelDouble';
import { s } from '../strings';
import type { EditMode } from './keys';

export interface Editing {
  sheet: string;
  a1: string;
  draft: string;
  mode: EditMode;
}

/** The edit of a cell in progress, through the double's user driver, and the message shown when Excel refuses it. */
export interface CellEditing {
  editing: Editing | undefined;
  message: string | undefined;
  clearMessage(): void;
  /** Starts editing the active cell from `draft`. */
  begin(mode: EditMode, draft: string): void;
  /** The draft as typed: the first change starts an edit in `mode` (typing replaces the cell, as in Excel). */
  change(draft: string, mode: EditMode): void;
  /** Enter: the value goes in as typed. False when Excel refuses it (the editor then stays open). */
  commit(): boolean;
  /** Escape: the cell keeps what it held. */
  cancel(): void;
}

export function useCellEditing(double: ExcelDouble, lang: Lang, sheetName: string, active: string): CellEditing {
  const [editing, setEditing] = useState<Editing>();
  const [message, setMessage] = useState<string>();

  const begin = (mode: EditMode, draft: string) => {
    setMessage(undefined);
    double.user.beginEdit(sheetName, active);
    setEditing({ sheet: sheetName, a1: active, draft, mode });
  };

  return {
    editing,
    message,
    clearMessage: () => setMessage(undefined),
    begin,
    change: (draft, mode) => (editing ? setEditing({ ...editing, draft }) : begin(mode, draft)),
    commit: () => {
      if (!editing) return true;
      const ok = double.user.endEdit(editing.draft);
      if (!ok) {
        setMessage(s('refused', lang));
        double.user.beginEdit(editing.sheet, editing.a1);
        return false;
      }
      setEditing(undefined);
      return true;
    },
    cancel: () => {
      if (!editing) return;
      double.user.endEdit();
      setEditing(undefined);
      setMessage(undefined);
    },
  };
}

import type { ClipboardEvent, KeyboardEvent, RefObject } from 'react';
import type { Lang } from '../../core/findings';
import { labelled } from '../../addin/taskpane/i18n';
import { s } from '../strings';
import type { CellEditing } from './useCellEditing';

/**
 * The input over the active cell: it has the grid's keyboard, and while an edit runs it shows the draft. Typing
 * starts an edit that replaces the cell (an IME composition too: its text goes into the editor).
 */
export function CellEditor({
  input,
  lang,
  active,
  text,
  edit,
  onKeyDown,
  onPaste,
  onCopy,
  onFocus,
  onBlur,
}: {
  input: RefObject<HTMLInputElement | null>;
  lang: Lang;
  active: string;
  /** The active cell's text, as the grid shows it. */
  text: string;
  edit: CellEditing;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  onPaste: (e: ClipboardEvent<HTMLInputElement>) => void;
  onCopy: (e: ClipboardEvent<HTMLInputElement>) => void;
  onFocus: () => void;
  onBlur: () => void;
}) {
  const { editing } = edit;
  return (
    <input
      ref={input}
      className={editing ? 'cell-editor editing' : 'cell-editor'}
      aria-label={editing ? `${s('cell', lang)} ${active}` : `${labelled(`${s('cell', lang)} ${active}`, lang)}${text}`}
      aria-describedby="grid-hint"
      autoComplete="off"
      spellCheck={false}
      value={editing ? editing.draft : ''}
      onChange={(e) => edit.change(e.target.value, 'enter')}
      onCompositionStart={() => {
        if (!editing) edit.begin('enter', '');
      }}
      onKeyDown={onKeyDown}
      onPaste={onPaste}
      onCopy={onCopy}
      onFocus={onFocus}
      onBlur={onBlur}
    />
  );
}

import type { KeyboardEvent } from 'react';
import type { ExcelDouble } from '../../hosts/excelDouble';
import { cellA1 } from '../../hosts/excelDouble/address';
import { barKeyAction, cellKeyAction, type Key, type KeyAction } from './keys';
import { blankBlock, type Step } from './navigation';
import type { CellEditing } from './useCellEditing';
import type { GridSelection } from './useSelection';

const keyOf = (e: KeyboardEvent): Key => ({ key: e.key, shift: e.shiftKey, ctrl: e.ctrlKey || e.metaKey });

/** The grid's keyboard, in a cell and in the formula bar: each key does what cellKeyAction or barKeyAction say. */
export function gridKeys({
  double,
  selection,
  edit,
  move,
  content,
  focusGrid,
  own,
}: {
  double: ExcelDouble;
  selection: GridSelection;
  edit: CellEditing;
  move: (step: Step) => void;
  /** What the active cell holds, as an edit starts from it. */
  content: string;
  focusGrid: () => void;
  own: () => void;
}) {
  const { sheetName, selected, active, select } = selection;

  /** Delete: one cell is emptied as typed; a block by pasting empty texts over it. */
  const clear = () => {
    if (selected.top === selected.bottom && selected.left === selected.right) double.user.type(sheetName, active, null);
    else double.user.paste(sheetName, active, blankBlock(selected));
  };

  /** Does what a key says; false when an edit was to go in and Excel refused it. */
  const perform = (action: KeyAction): boolean => {
    switch (action.do) {
      case 'commit':
        if (!edit.commit()) return false;
        if (action.step) move(action.step);
        return true;
      case 'cancel':
        edit.cancel();
        return true;
      case 'move':
        move(action.step);
        return true;
      case 'edit':
        edit.begin('edit', content);
        return true;
      case 'replace':
        edit.begin('enter', '');
        return true;
      case 'clear':
        clear();
        return true;
      case 'home':
        select(action.toA1 ? 'A1' : cellA1(selected.top, 0));
        return true;
      case 'undo':
        edit.clearMessage();
        double.user.undo();
        return true;
    }
  };

  return {
    onCellKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
      own();
      // An input method's keys are its own until the composition ends.
      if (e.nativeEvent.isComposing || e.key === 'Process') return;
      const action = cellKeyAction(keyOf(e), edit.editing?.mode);
      if (!action) return;
      e.preventDefault();
      perform(action);
    },
    onBarKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
      const action = barKeyAction(keyOf(e));
      if (!action) return;
      e.preventDefault();
      if (perform(action)) focusGrid();
    },
  };
}

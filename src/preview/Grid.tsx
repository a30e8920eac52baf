import { useRef } from 'react';
import type { ExcelDouble } from '../hosts/excelDouble';
import { cellA1, parseCell } from '../hosts/excelDouble/address';
import type { Lang } from '../core/findings';
import { cellContent } from './grid/cellContent';
import { CellEditor } from './grid/CellEditor';
import { FormulaBar } from './grid/FormulaBar';
import { gridClipboard } from './grid/gridClipboard';
import { gridKeys } from './grid/gridKeys';
import { gridPointer } from './grid/gridPointer';
import { stepFrom, type Step } from './grid/navigation';
import { RowMenu } from './grid/RowMenu';
import { SheetTable } from './grid/SheetTable';
import { SheetTabs } from './grid/SheetTabs';
import { useCellEditing } from './grid/useCellEditing';
import { useEditorPlacement } from './grid/useEditorPlacement';
import { useFit, useFrozenLefts } from './grid/useFit';
import { useGridFocus } from './grid/useGridFocus';
import { useRowMenu, type GridRows } from './grid/useRowMenu';
import { useSelection } from './grid/useSelection';
import { useSheetView } from './grid/useSheetView';
import { s } from './strings';

/**
 * The double's active sheet as a spreadsheet: headers, texts in their number formats, merges, fills (ZiPing's
 * flags included), fonts, alignment, wrap, borders, column widths; a formula bar; sheet tabs. Everything the user
 * does goes through the double's user driver, as if typed into Excel; the pane's selections show here.
 */
export function Grid({
  double,
  lang,
  rows,
}: {
  double: ExcelDouble;
  lang: Lang;
  /** ZiPing's part in the grid's row commands: 添加指标行, and room for a paste that runs past the table. */
  rows?: GridRows;
}) {
  const selection = useSelection(double);
  const { sheetName, selected, active, select } = selection;
  const view = useSheetView(double, sheetName, selected);
  const scroller = useRef<HTMLDivElement>(null);
  const fit = useFit(view, scroller);
  const frozenLefts = useFrozenLefts(view.widths, fit.frozen);
  const edit = useCellEditing(double, lang, sheetName, active);
  const { editing } = edit;
  const { editor, bar, focusGrid, own, release } = useGridFocus(active, editing, sheetName);
  useEditorPlacement(editor, scroller, active, editing, view, fit);
  const menu = useRowMenu({ double, sheetName, selected, select, area: scroller, editing: !!editing, rows, focusGrid });
  const content = cellContent(double, sheetName, active);
  const move = (step: Step) => select(stepFrom(view.merges, selected, step));
  const keys = gridKeys({ double, selection, edit, move, content, focusGrid, own });
  const pointer = gridPointer({ double, selection, edit, focusGrid, own });
  const clipboard = gridClipboard({ double, selection, edit, rows });

  return (
    <section className="grid-area" aria-label={s('grid', lang)}>
      <FormulaBar
        lang={lang}
        address={selection.address}
        onGo={(a1) => {
          const cell = parseCell(a1);
          if (!cell) return false;
          select(cellA1(cell.row, cell.col));
          focusGrid();
          return true;
        }}
        input={bar}
        value={editing ? editing.draft : content}
        onFocus={own}
        // Editing starts with the first change, as in Excel's formula bar (focus alone changes nothing).
        onChange={(value) => edit.change(value, 'edit')}
        onKeyDown={keys.onBarKeyDown}
      />
      {edit.message && (
        <div className="grid-message" role="alert">
          {edit.message}
        </div>
      )}
      <div className="grid-scroll" ref={scroller}>
        <SheetTable
          view={view}
          label={`${s('sheetTabs', lang)} ${sheetName}`}
          selected={selected}
          zoom={fit.zoom}
          frozen={fit.frozen}
          frozenLefts={frozenLefts}
          onMouseDown={pointer.onMouseDown}
          onDoubleClick={pointer.onDoubleClick}
          onContextMenu={menu.onContextMenu}
        />
        {menu.open && <RowMenu lang={lang} at={menu.open.at} onClose={menu.close} items={menu.open.items} />}
        <CellEditor
          input={editor}
          lang={lang}
          active={active}
          text={double.inspect(sheetName).text(active)}
          edit={edit}
          onKeyDown={keys.onCellKeyDown}
          onPaste={clipboard.onPaste}
          onCopy={clipboard.onCopy}
          onFocus={own}
          onBlur={release}
        />
      </div>
      <p id="grid-hint" className="visually-hidden">
        {s('hint', lang)}
      </p>
      <SheetTabs double={double} active={sheetName} lang={lang} editing={!!editing} beforeSwitch={edit.commit} />
    </section>
  );
}

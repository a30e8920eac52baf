import { memo, type MouseEvent } from 'react';
import { columnLetters, type Rect } from '../../hosts/excelDouble/address';
import type { RowView, SheetView } from '../sheetView';
import { ROW_HEAD, tableWidth } from './fit';
import { readRowSelection, rowSelection } from './navigation';

/** The sheet's table: column widths, column headers, and one row per row of the view. */
export function SheetTable({
  view,
  label,
  selected,
  zoom,
  frozen,
  frozenLefts,
  onMouseDown,
  onDoubleClick,
  onContextMenu,
}: {
  view: SheetView;
  label: string;
  selected: Rect;
  zoom: number;
  /** How many of the first columns stay in view when the sheet scrolls sideways. */
  frozen: number;
  /** Where each frozen column sticks, in pixels from the left. */
  frozenLefts: number[];
  onMouseDown: (e: MouseEvent<HTMLTableElement>) => void;
  onDoubleClick: (e: MouseEvent<HTMLTableElement>) => void;
  onContextMenu: (e: MouseEvent<HTMLTableElement>) => void;
}) {
  return (
    <table
      className="sheet"
      role="grid"
      aria-label={label}
      aria-rowcount={view.rows.length}
      style={{ width: tableWidth(view.widths), zoom }}
      onMouseDown={onMouseDown}
      onDoubleClick={onDoubleClick}
      onContextMenu={onContextMenu}
    >
      <colgroup>
        <col style={{ width: ROW_HEAD }} />
        {view.widths.map((w, i) => (
          <col key={i} style={{ width: w }} />
        ))}
      </colgroup>
      <thead>
        <ColumnHeads widths={view.widths} selected={selected} frozen={frozen} frozenLefts={frozenLefts} />
      </thead>
      <tbody>
        {view.rows.map((row) => (
          <SheetRow
            key={row.index}
            row={row}
            selected={rowSelection(selected, row.index)}
            frozen={frozen}
            frozenLefts={frozenLefts}
          />
        ))}
      </tbody>
    </table>
  );
}

/** The column letters, the selected columns' highlighted. */
function ColumnHeads({
  widths,
  selected,
  frozen,
  frozenLefts,
}: {
  widths: number[];
  selected: Rect;
  frozen: number;
  frozenLefts: number[];
}) {
  return (
    <tr>
      <th className="corner" aria-hidden="true" />
      {widths.map((_, c) => (
        <th
          key={c}
          className={`col-head${c >= selected.left && c <= selected.right ? ' on' : ''}${c < frozen ? ' frozen' : ''}`}
          style={c < frozen ? { left: frozenLefts[c] } : undefined}
          scope="col"
        >
          {columnLetters(c)}
        </th>
      ))}
    </tr>
  );
}

/** One row; redrawn only when its cells or its part of the selection change. */
const SheetRow = memo(function SheetRow({
  row,
  selected,
  frozen,
  frozenLefts,
}: {
  row: RowView;
  /** The row's part of the selection, as rowSelection writes it. */
  selected: string;
  frozen: number;
  frozenLefts: number[];
}) {
  const { left, right, active } = readRowSelection(selected);
  return (
    <tr>
      <th scope="row" className={selected ? 'row-head on' : 'row-head'} data-row={row.index + 1}>
        {row.index + 1}
      </th>
      {row.cells.map((cell, c) => {
        if (!cell) return null;
        const classes = ['cell'];
        if (c === active) classes.push('sel');
        else if (c >= left && c <= right) classes.push('in-range');
        if (cell.note) classes.push('has-note');
        const isFrozen = c + (cell.colSpan ?? 1) <= frozen;
        if (isFrozen) classes.push('frozen');
        return (
          <td
            key={c}
            data-cell={cell.a1}
            rowSpan={cell.rowSpan}
            colSpan={cell.colSpan}
            className={classes.join(' ')}
            style={isFrozen ? { ...cell.style, left: frozenLefts[c] } : cell.style}
            title={cell.note}
            aria-selected={c === active || undefined}
          >
            {cell.text}
          </td>
        );
      })}
    </tr>
  );
});

import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { ExcelDouble } from '../hosts/excelDouble';
import { cellA1, columnLetters, parseCell, parseRect, type Rect } from '../hosts/excelDouble/address';
import type { Lang } from '../core/findings';
import { readSheetView, type RowView, type SheetView } from './sheetView';
import { parseTsv } from './tsv';
import { s } from './strings';

/** How an edit began: by typing (arrow keys then commit and move, as in Excel's Enter mode) or by F2 and the like. */
type EditMode = 'enter' | 'edit';

interface Editing {
  sheet: string;
  a1: string;
  draft: string;
  mode: EditMode;
}

/** Re-reads the double after every change it reports (several in one task give one render). */
function useDoubleVersion(double: ExcelDouble): number {
  const [version, setVersion] = useState(0);
  useEffect(() => double.subscribe(() => setVersion((v) => v + 1)), [double]);
  return version;
}

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
  const version = useDoubleVersion(double);
  const selection = double.selection();
  const sheetName = selection.sheet;
  const selected = parseRect(selection.address) ?? { top: 0, left: 0, bottom: 0, right: 0 };
  const previous = useRef<SheetView | undefined>(undefined);
  // The grid grows with the selection in steps, so that arrow keys can go on past the data.
  const reachRow = Math.ceil((selected.bottom + 1) / 10) * 10;
  const reachCol = Math.ceil((selected.right + 1) / 5) * 5;
  const view = useMemo(() => {
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
  const active = cellA1(selected.top, selected.left);
  const [editing, setEditing] = useState<Editing>();
  const [message, setMessage] = useState<string>();
  const [menu, setMenu] = useState<{ x: number; y: number; row: number }>();
  const editor = useRef<HTMLInputElement>(null);
  const bar = useRef<HTMLInputElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const available = useWidth(scroller);
  const fit = useMemo(() => fitView(view, available), [view, available]);
  /** Whether the grid (not the pane) has the keyboard: only then does it take focus back after an action. */
  const owned = useRef(false);
  const inspector = double.inspect(sheetName);
  const content = cellContent(double, sheetName, active);

  const focusGrid = useCallback(() => {
    owned.current = true;
    editor.current?.focus({ preventScroll: true });
  }, []);

  const select = useCallback(
    (a1: string) => {
      double.user.select(sheetName, a1);
    },
    [double, sheetName],
  );

  const begin = (mode: EditMode, draft: string) => {
    setMessage(undefined);
    double.user.beginEdit(sheetName, active);
    setEditing({ sheet: sheetName, a1: active, draft, mode });
  };

  /** Enter: the value goes in as typed. False when Excel refuses it (the editor then stays open). */
  const commit = (): boolean => {
    if (!editing) return true;
    const ok = double.user.endEdit(editing.draft);
    if (!ok) {
      setMessage(s('refused', lang));
      double.user.beginEdit(editing.sheet, editing.a1);
      return false;
    }
    setEditing(undefined);
    return true;
  };

  const cancel = () => {
    if (!editing) return;
    double.user.endEdit();
    setEditing(undefined);
    setMessage(undefined);
  };

  const move = (dRow: number, dCol: number) => {
    const from = mergeOf(view, selected.top, selected.left) ?? selected;
    let row = dRow > 0 ? from.bottom + 1 : dRow < 0 ? from.top - 1 : from.top;
    let col = dCol > 0 ? from.right + 1 : dCol < 0 ? from.left - 1 : from.left;
    row = Math.max(0, row);
    col = Math.max(0, col);
    const m = mergeOf(view, row, col);
    select(cellA1(m ? m.top : row, m ? m.left : col));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    owned.current = true;
    const ctrl = e.ctrlKey || e.metaKey;
    if (e.nativeEvent.isComposing || e.key === 'Process') return;
    if (editing) {
      const arrows: Record<string, [number, number]> = {
        ArrowDown: [1, 0],
        ArrowUp: [-1, 0],
        ArrowLeft: [0, -1],
        ArrowRight: [0, 1],
      };
      if (e.key === 'Enter' || e.key === 'Tab' || (editing.mode === 'enter' && arrows[e.key])) {
        e.preventDefault();
        if (!commit()) return;
        const [dr, dc] =
          e.key === 'Enter' ? [e.shiftKey ? -1 : 1, 0] : e.key === 'Tab' ? [0, e.shiftKey ? -1 : 1] : arrows[e.key];
        move(dr, dc);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        cancel();
      }
      return;
    }
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp':
      case 'ArrowLeft':
      case 'ArrowRight': {
        e.preventDefault();
        const [dr, dc] = { ArrowDown: [1, 0], ArrowUp: [-1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[e.key];
        move(dr, dc);
        return;
      }
      case 'Tab':
        e.preventDefault();
        move(0, e.shiftKey ? -1 : 1);
        return;
      case 'Enter':
      case 'F2':
        e.preventDefault();
        begin('edit', content);
        return;
      case 'Delete':
        e.preventDefault();
        clear();
        return;
      case 'Backspace':
        e.preventDefault();
        begin('enter', '');
        return;
      case 'Home':
        e.preventDefault();
        select(ctrl ? 'A1' : cellA1(selected.top, 0));
        return;
    }
    if (ctrl && (e.key === 'z' || e.key === 'Z')) {
      e.preventDefault();
      setMessage(undefined);
      double.user.undo();
    }
  };

  const clear = () => {
    const rect = selected;
    if (rect.top === rect.bottom && rect.left === rect.right) double.user.type(sheetName, active, null);
    else
      double.user.paste(
        sheetName,
        active,
        Array.from({ length: rect.bottom - rect.top + 1 }, () => Array<string>(rect.right - rect.left + 1).fill('')),
      );
  };

  /** Typing starts an edit that replaces the cell (an IME composition too: its text goes into the editor). */
  const onChange = (value: string) => {
    if (editing) setEditing({ ...editing, draft: value });
    else begin('enter', value);
  };

  const onPaste = (e: React.ClipboardEvent<HTMLInputElement>) => {
    if (editing) return;
    e.preventDefault();
    const block = parseTsv(e.clipboardData.getData('text/plain'));
    if (block.length === 0 || block[0].length === 0) return;
    setMessage(undefined);
    const [sheet, at] = [sheetName, active];
    // A block longer than the indicator table's room grows the table first, rather than covering 总分.
    const room = rows ? rows.makeRoom(sheet, selected.top + 1, block.length) : Promise.resolve();
    void room.then(() => double.user.paste(sheet, at, block));
  };

  /** Excel's row commands on the right-clicked row (insert above it, delete it), and ZiPing's 添加指标行. */
  const onContextMenu = (e: MouseEvent<HTMLTableElement>) => {
    const td = (e.target as HTMLElement).closest('td[data-cell], th[data-row]');
    if (!td || editing) return;
    e.preventDefault();
    const a1 = td.getAttribute('data-cell') ?? `A${td.getAttribute('data-row')}`;
    const cell = parseCell(a1);
    if (!cell) return;
    if (cell.row < selected.top || cell.row > selected.bottom) select(a1);
    const box = scroller.current!;
    const outer = box.getBoundingClientRect();
    setMenu({
      x: e.clientX - outer.left + box.scrollLeft,
      y: e.clientY - outer.top + box.scrollTop,
      row: cell.row + 1,
    });
  };

  const rowCommand = (run: () => void | Promise<unknown>) => {
    setMenu(undefined);
    void run();
    focusGrid();
  };

  const onCopy = (e: React.ClipboardEvent<HTMLInputElement>) => {
    if (editing) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', inspector.text(active));
  };

  const onMouseDown = (e: MouseEvent<HTMLTableElement>) => {
    const td = (e.target as HTMLElement).closest('td[data-cell]');
    if (!td) return;
    e.preventDefault();
    owned.current = true;
    const a1 = td.getAttribute('data-cell')!;
    if (editing && editing.a1 !== a1 && !commit()) return;
    if (!editing || editing.a1 !== a1) select(a1);
    focusGrid();
  };

  const onDoubleClick = (e: MouseEvent<HTMLTableElement>) => {
    const td = (e.target as HTMLElement).closest('td[data-cell]');
    if (!td || editing) return;
    begin('edit', cellContent(double, sheetName, td.getAttribute('data-cell')!));
    focusGrid();
  };

  // The editor sits over the selected cell (an IME shows its candidates there); it follows the selection.
  useLayoutEffect(() => {
    const input = editor.current;
    const box = scroller.current;
    const td = box?.querySelector<HTMLTableCellElement>(`td[data-cell="${active}"]`);
    if (!input || !box || !td) return;
    const cell = td.getBoundingClientRect();
    const outer = box.getBoundingClientRect();
    input.style.top = `${cell.top - outer.top + box.scrollTop}px`;
    input.style.left = `${cell.left - outer.left + box.scrollLeft}px`;
    input.style.width = `${Math.max(cell.width, editing ? Math.min(480, editing.draft.length * 14 + 24) : 0)}px`;
    input.style.height = `${cell.height}px`;
    input.style.fontSize = `${11 * fit.zoom}pt`;
    if (!editing) td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active, view, editing, fit]);

  // After a grid action the keyboard stays with the grid; a selection made by the pane leaves focus in the pane.
  useEffect(() => {
    if (owned.current && document.activeElement !== bar.current) editor.current?.focus({ preventScroll: true });
  }, [active, editing, sheetName]);

  const onBarKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      if (!commit()) return;
      if (e.key === 'Enter') move(1, 0);
      focusGrid();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      cancel();
      focusGrid();
    }
  };

  const selectedRows = (row: RowView): string => {
    if (row.index < selected.top || row.index > selected.bottom) return '';
    return `${selected.left}:${selected.right}:${row.index === selected.top ? selected.left : -1}`;
  };

  const totalWidth = view.widths.reduce((a, b) => a + b, 0) + ROW_HEAD;
  const { zoom, frozen } = fit;
  const widthsKey = view.widths.slice(0, frozen).join(',');
  // Where each frozen column sticks; the same array while the widths stay, so that unchanged rows are skipped.
  const frozenLefts = useMemo(() => {
    const lefts: number[] = [];
    let x = ROW_HEAD;
    for (const w of widthsKey ? widthsKey.split(',').map(Number) : []) {
      lefts.push(x);
      x += w;
    }
    return lefts;
  }, [widthsKey]);
  return (
    <section className="grid-area" aria-label={s('grid', lang)}>
      <div className="formula-bar">
        <NameBox
          lang={lang}
          address={selection.address}
          onGo={(a1) => {
            const cell = parseCell(a1);
            if (!cell) return false;
            select(cellA1(cell.row, cell.col));
            focusGrid();
            return true;
          }}
        />
        <span className="fx" aria-hidden="true">
          fx
        </span>
        <input
          ref={bar}
          className="formula-input"
          aria-label={s('formulaBar', lang)}
          value={editing ? editing.draft : content}
          onFocus={() => (owned.current = true)}
          // Editing starts with the first change, as in Excel's formula bar (focus alone changes nothing).
          onChange={(e) =>
            editing ? setEditing({ ...editing, draft: e.target.value }) : begin('edit', e.target.value)
          }
          onKeyDown={onBarKeyDown}
        />
      </div>
      {message && (
        <div className="grid-message" role="alert">
          {message}
        </div>
      )}
      <div className="grid-scroll" ref={scroller}>
        <table
          className="sheet"
          role="grid"
          aria-label={`${s('sheetTabs', lang)} ${sheetName}`}
          aria-rowcount={view.rows.length}
          style={{ width: totalWidth, zoom }}
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
            <tr>
              <th className="corner" aria-hidden="true" />
              {view.widths.map((_, c) => (
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
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <Row key={row.index} row={row} selected={selectedRows(row)} frozen={frozen} frozenLefts={frozenLefts} />
            ))}
          </tbody>
        </table>
        {menu && (
          <RowMenu
            lang={lang}
            at={menu}
            onClose={() => setMenu(undefined)}
            items={[
              { key: 'insertRow', run: () => rowCommand(() => double.user.insertRows(sheetName, menu.row)) },
              { key: 'deleteRow', run: () => rowCommand(() => double.user.deleteRows(sheetName, menu.row)) },
              ...(rows ? [{ key: 'addIndicatorRow' as const, run: () => rowCommand(rows.addIndicatorRow) }] : []),
            ]}
          />
        )}
        <input
          ref={editor}
          className={editing ? 'cell-editor editing' : 'cell-editor'}
          aria-label={`${s('cell', lang)} ${active}${editing ? '' : `：${inspector.text(active)}`}`}
          aria-describedby="grid-hint"
          autoComplete="off"
          spellCheck={false}
          value={editing ? editing.draft : ''}
          onChange={(e) => onChange(e.target.value)}
          onCompositionStart={() => {
            if (!editing) begin('enter', '');
          }}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          onCopy={onCopy}
          onFocus={() => (owned.current = true)}
          onBlur={() => (owned.current = false)}
        />
      </div>
      <p id="grid-hint" className="visually-hidden">
        {s('hint', lang)}
      </p>
      <SheetTabs double={double} active={sheetName} lang={lang} editing={!!editing} beforeSwitch={commit} />
    </section>
  );
}

export interface GridRows {
  addIndicatorRow(): Promise<unknown>;
  makeRoom(sheetName: string, top: number, rows: number): Promise<void>;
}

/** The grid's right-click menu: a list of commands, closed by Escape or a click elsewhere. */
function RowMenu({
  lang,
  at,
  items,
  onClose,
}: {
  lang: Lang;
  at: { x: number; y: number };
  items: { key: 'insertRow' | 'deleteRow' | 'addIndicatorRow'; run: () => void }[];
  onClose: () => void;
}) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    first.current?.focus();
    const away = (e: globalThis.MouseEvent) => {
      if (!(e.target as HTMLElement).closest('.row-menu')) onClose();
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [onClose]);
  return (
    <div
      className="row-menu"
      role="menu"
      style={{ left: at.x, top: at.y }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
        if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
        e.preventDefault();
        const buttons = [...e.currentTarget.querySelectorAll('button')];
        const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
        buttons[(i + (e.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
      }}
    >
      {items.map((item, i) => (
        <button key={item.key} ref={i === 0 ? first : undefined} role="menuitem" type="button" onClick={item.run}>
          {s(item.key, lang)}
        </button>
      ))}
    </div>
  );
}

/** The row headers' width, in pixels. */
const ROW_HEAD = 44;
/** The grid is scaled down to show the whole form's width, but never below this. */
const MIN_ZOOM = 0.6;
/** Frozen columns take at most this share of the grid's width. */
const MAX_FROZEN_SHARE = 0.45;

/** The grid area's width, followed as the window or the pane changes. */
function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * How the sheet is shown in the room it has: scaled so that the form's columns all fit beside the pane (as far
 * as MIN_ZOOM allows), and its first columns — through 三级指标 — frozen when it must still scroll sideways.
 */
export function fitView(view: SheetView, available: number): { zoom: number; frozen: number } {
  if (available <= 0) return { zoom: 1, frozen: 0 };
  const lastUsed = usedRight(view);
  const formWidth = ROW_HEAD + view.widths.slice(0, lastUsed + 1).reduce((a, b) => a + b, 0);
  const zoom = Math.max(MIN_ZOOM, Math.min(1, Math.floor((available / formWidth) * 100) / 100));
  let frozen = nameColumn(view) + 1;
  const width = (n: number) => (ROW_HEAD + view.widths.slice(0, n).reduce((a, b) => a + b, 0)) * zoom;
  while (frozen > 0 && width(frozen) > available * MAX_FROZEN_SHARE) frozen--;
  return { zoom, frozen };
}

/** The rightmost column holding text. */
function usedRight(view: SheetView): number {
  let right = 0;
  for (const row of view.rows)
    row.cells.forEach((cell, c) => {
      if (cell?.text) right = Math.max(right, c + (cell.colSpan ?? 1) - 1);
    });
  return right;
}

/** The column of the indicator table's 三级指标 header (-1 when the sheet holds no form). */
function nameColumn(view: SheetView): number {
  for (const row of view.rows) {
    const c = row.cells.findIndex((cell) => cell?.text.replace(/\s+/g, '') === '三级指标');
    if (c >= 0) return c;
  }
  return -1;
}

/** One row; redrawn only when its cells or its part of the selection change. */
const Row = memo(function Row({
  row,
  selected,
  frozen,
  frozenLefts,
}: {
  row: RowView;
  selected: string;
  /** How many of the first columns stay in view when the sheet scrolls sideways. */
  frozen: number;
  /** Where each frozen column sticks, in pixels from the left. */
  frozenLefts: number[];
}) {
  const [left, right, active] = selected ? selected.split(':').map(Number) : [-1, -2, -1];
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

function NameBox({ address, lang, onGo }: { address: string; lang: Lang; onGo: (a1: string) => boolean }) {
  const [draft, setDraft] = useState<string>();
  return (
    <input
      className="name-box"
      aria-label={s('nameBox', lang)}
      value={draft ?? address}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => setDraft(undefined)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && draft !== undefined) {
          e.preventDefault();
          if (onGo(draft.trim().toUpperCase())) setDraft(undefined);
        } else if (e.key === 'Escape') setDraft(undefined);
      }}
    />
  );
}

/** The sheets' tabs; switching sheets commits an edit first (and does not switch when Excel refuses it). */
function SheetTabs({
  double,
  active,
  lang,
  editing,
  beforeSwitch,
}: {
  double: ExcelDouble;
  active: string;
  lang: Lang;
  editing: boolean;
  beforeSwitch: () => boolean;
}) {
  return (
    <div className="sheet-tabs">
      <div role="tablist" aria-label={s('sheetTabs', lang)}>
        {double.sheetNames().map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={name === active}
            className={name === active ? 'tab on' : 'tab'}
            onClick={() => beforeSwitch() && double.activate(name)}
          >
            {name}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="tab add"
        aria-label={s('addSheet', lang)}
        title={s('addSheet', lang)}
        onClick={() => {
          if (!beforeSwitch()) return;
          const id = double.addSheet();
          double.activate(nameOf(double, id));
        }}
      >
        +
      </button>
      <span className="status" aria-live="polite">
        {editing ? s('editing', lang) : s('ready', lang)}
      </span>
    </div>
  );
}

function nameOf(double: ExcelDouble, id: string): string {
  return double.sheetNames().find((n) => double.sheetId(n) === id) ?? double.sheetNames()[0];
}

/** The merged area a cell is part of. */
function mergeOf(view: SheetView, row: number, col: number): Rect | undefined {
  return view.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** What the formula bar shows and an edit starts from: the formula, else the value as one would type it. */
export function cellContent(double: ExcelDouble, sheet: string, a1: string): string {
  const inspector = double.inspect(sheet);
  const formula = inspector.formula(a1);
  if (formula) return formula;
  const value = inspector.value(a1);
  if (typeof value !== 'number') return typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value);
  const format = inspector.numberFormat(a1);
  // Percentages and dates are shown as typed (50%, 2022/12/31); other numbers in full.
  if (/%/.test(format) || /[yd]/i.test(format.replace(/"[^"]*"/g, ''))) return inspector.text(a1);
  return String(value);
}

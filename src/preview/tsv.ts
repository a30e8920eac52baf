/**
 * Clipboard text as Excel pastes it: rows split on line breaks, cells on tabs; a cell in double quotes may hold
 * tabs, line breaks and doubled quotes (as Excel itself copies a cell with a line break). A trailing line break
 * ends the last row rather than adding an empty one. Ragged rows are padded, so that the block is rectangular.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let atCellStart = true;
  const input = text.replace(/\r\n?/g, '\n');
  while (i < input.length) {
    const ch = input[i];
    if (atCellStart && ch === '"') {
      // A quoted cell runs to the closing quote that is followed by a tab, a line break or the end.
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < input.length) {
        if (input[j] === '"') {
          if (input[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          const next = input[j + 1];
          if (next === undefined || next === '\t' || next === '\n') {
            closed = true;
            j++;
          }
          break;
        }
        value += input[j];
        j++;
      }
      if (closed) {
        cell = value;
        i = j;
        atCellStart = false;
        continue;
      }
      // Not a quoted cell after all: the quote is part of the text.
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else cell += ch;
    i++;
  }
  if (!atCellStart || cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => (r.length < width ? [...r, ...Array<string>(width - r.length).fill('')] : r));
}

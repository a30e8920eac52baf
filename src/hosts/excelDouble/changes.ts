import type { Rect } from './address';
import type { CellResult } from './engine';

/** Who made a change: ZiPing (an add-in batch), the user at a client, or a co-author elsewhere. */
export type Actor = 'addin' | 'user' | 'remote';

export interface Origin {
  actor: Actor;
  /** The client the change was made at; undefined for a co-author without a client of its own here. */
  client?: object;
}

/** Excel.DataChangeType (ExcelApi 1.7): "Unknown indicates that the type of data change is not one of the listed types". */
export type DataChangeType =
  | 'RangeEdited'
  | 'RowInserted'
  | 'RowDeleted'
  | 'ColumnInserted'
  | 'ColumnDeleted'
  | 'CellInserted'
  | 'CellDeleted'
  | 'Unknown';

/** One change of the workbook. Only `cells` and `structure` changes raise onChanged. */
export type Change =
  | {
      kind: 'cells';
      sheetId: string;
      rect: Rect;
      details?: { before: CellResult; after: CellResult };
      /** A change Excel reports as Unknown; RangeEdited when absent. */
      changeType?: 'Unknown';
    }
  /** Cells inserted or deleted (`rect`: which), moving others. */
  | { kind: 'structure'; sheetId: string; rect: Rect; changeType: Exclude<DataChangeType, 'RangeEdited' | 'Unknown'> }
  | { kind: 'sheetAdded'; sheetId: string }
  | {
      kind: 'format' | 'conditionalFormats' | 'notes' | 'validation' | 'sheet' | 'settings' | 'restore';
      sheetId?: string;
    };

/** What a client does with the workbook's changes. */
export interface ChangeSink {
  /** Called as each change is made, so that the client can see its own state (enableEvents) at that moment. */
  capture(change: Change, origin: Origin): void;
  /** Called once the action or sync that made changes is over. */
  flush(changes: Change[], origin: Origin): void;
}

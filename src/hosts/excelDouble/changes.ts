import type { Rect } from './address';
import type { CellResult } from './engine';

/** Who made a change: ZiPing (an add-in batch), the user at a client, or a co-author elsewhere. */
export type Actor = 'addin' | 'user' | 'remote';

export interface Origin {
  actor: Actor;
  /** The client the change was made at; undefined for a co-author without a client of its own here. */
  client?: object;
}

export type DataChangeType = 'RangeEdited' | 'RowInserted' | 'RowDeleted';

/** One change of the workbook. Only `cells` and `rows` changes raise onChanged. */
export type Change =
  | { kind: 'cells'; sheetId: string; rect: Rect; details?: { before: CellResult; after: CellResult } }
  | { kind: 'rows'; sheetId: string; rect: Rect; changeType: 'RowInserted' | 'RowDeleted' }
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

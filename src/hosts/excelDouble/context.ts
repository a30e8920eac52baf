import { RangeDouble } from './api/range';
import { RuntimeDouble, WorkbookDouble } from './api/workbook';
import { WorksheetDouble } from './api/worksheet';
import type { Client } from './client';
import { fail } from './errors';
import { jsonBytes } from './payload';
import type { ClientObject, ProxyContext, RangeLocator, SheetLocator } from './proxy';

/**
 * Excel.RequestContext: a queue of operations sent at sync(). A sync with nothing queued is no round trip (as in
 * Office.js) and is not counted. When Excel.run's batch is over, the context's objects can no longer be used.
 */
export class RequestContextDouble implements ProxyContext {
  readonly workbook: WorkbookDouble;
  readonly runtime: RuntimeDouble;
  private queue: { object: ClientObject; op: () => void; request: unknown; writes: boolean }[] = [];
  private live = true;
  /** What the sync being applied has loaded: its response. */
  private response: { loaded: [ClientObject, string][]; bytes: number } = { loaded: [], bytes: 0 };

  constructor(/** @internal */ readonly _client: Client) {
    this.workbook = new WorkbookDouble(this);
    this.runtime = new RuntimeDouble(this);
  }

  /** @internal */
  _enqueue(object: ClientObject, op: () => void, request?: unknown, writes = false): void {
    if (!this.live) throw fail.invalidObjectPath(object._path);
    this.queue.push({ object, op, request, writes });
  }

  /** @internal */
  _loaded(object: ClientObject, name: string, value: unknown): void {
    this.response.loaded.push([object, name]);
    this.response.bytes += jsonBytes({ [name]: value });
  }

  /** @internal */
  _range(path: string, locate: RangeLocator): RangeDouble {
    return new RangeDouble(this, path, locate);
  }

  /** @internal */
  _worksheet(path: string, locate: SheetLocator): WorksheetDouble {
    return new WorksheetDouble(this, path, locate);
  }

  /**
   * Sends the queue: applies every operation in order; the first that fails rejects the sync, and those after it
   * are not applied (those before it are). Loaded values can be read once the returned promise has resolved.
   */
  async sync(): Promise<void> {
    if (!this.live) throw fail.invalidObjectPath('RequestContext');
    const ops = this.queue;
    this.queue = [];
    if (ops.length === 0) return;
    const client = this._client;
    client.syncCount++;
    const requestBytes = ops.reduce((n, { object, request }) => n + jsonBytes([object._path, request ?? null]), 0);
    client.payload.request += requestBytes;
    await client.roundTrip();
    const limit = client.payloadLimitBytes;
    if (limit !== null && requestBytes > limit) throw fail.requestPayloadTooLarge(requestBytes, limit);
    if (client.editing) throw fail.cellEditMode();
    this.response = { loaded: [], bytes: 0 };
    try {
      client.addinSync(
        () => {
          for (const { op } of ops) op();
        },
        ops.some((o) => o.writes),
      );
    } finally {
      client.commitEnableEvents();
    }
    const { loaded, bytes } = this.response;
    client.payload.response += bytes;
    if (limit !== null && bytes > limit) {
      // Excel ran the batch (its writes stay) but cannot send back what it read: nothing is loaded.
      for (const [object, name] of loaded) object._values.delete(name);
      throw fail.responsePayloadTooLarge(bytes, limit);
    }
  }

  /** @internal Excel.run is over. */
  _end(): void {
    this.live = false;
    this.queue = [];
  }
}

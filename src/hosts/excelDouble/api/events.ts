import type { Handler } from '../client';
import { fail } from '../errors';
import { ClientObject, type ProxyContext } from '../proxy';

/** OfficeExtension.EventHandlers: add() registers the handler at the next sync. */
export class EventHandlersDouble extends ClientObject {
  constructor(
    ctx: ProxyContext,
    path: string,
    private readonly kind: 'changed' | 'added',
    /** The sheet the event is for (undefined: all), found at apply time. */
    private readonly scope: () => string | undefined,
    private readonly since?: { version: string; api: string },
  ) {
    super(ctx, path);
  }

  protected override _since() {
    return this.since;
  }

  add(handler: Handler): { context: ProxyContext; remove(): void } {
    if (typeof handler !== 'function') throw fail.invalidArgument('handler');
    const client = this._ctx._client;
    const registration = { kind: this.kind, handler, sheetId: undefined as string | undefined };
    this._call(() => {
      registration.sheetId = this.scope();
      client.registrations.push(registration);
    });
    return {
      context: this._ctx,
      remove: () => {
        client.registrations = client.registrations.filter((r) => r !== registration);
      },
    };
  }
}

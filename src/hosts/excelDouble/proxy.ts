import type { Rect } from './address';
import type { Client } from './client';
import { fail } from './errors';
import type { SheetModel } from './sheet';

/** What load() takes: "a,b", "items/name", ["a", "b/c"], { select, expand }; nothing = every scalar property. */
export type LoadOption = string | string[] | { select?: string | string[]; expand?: string | string[] };

/** Paths of property names; undefined = the object's default (all scalar properties). */
export type LoadPaths = string[][] | undefined;

export function parseLoad(option?: LoadOption): LoadPaths {
  if (option === undefined || option === null) return undefined;
  const parts: string[] = [];
  const add = (v: string | string[] | undefined) => {
    if (v === undefined) return;
    for (const s of Array.isArray(v) ? v : [v]) parts.push(...s.split(','));
  };
  if (typeof option === 'string' || Array.isArray(option)) add(option);
  else {
    add(option.select);
    add(option.expand);
  }
  const paths = parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => p.split('/').map((s) => s.trim()));
  return paths.length ? paths : undefined;
}

type Readers = Record<string, () => unknown>;

/** Where a range is: its sheet and cells, found when the first operation on it is applied. */
export interface Located {
  sheet: SheetModel;
  rect: Rect;
}

/** Finds a range at apply time; undefined = a null object. */
export type RangeLocator = () => Located | undefined;

/** Finds a sheet at apply time; undefined = a null object (a missing item throws inside). */
export type SheetLocator = () => SheetModel | undefined;

/** A range as the objects that belong to it (format, validation, conditional formats) use it. */
export interface RangeProxy extends ClientObject {
  _at(): Located;
}

/** A worksheet as the objects that belong to it (notes, page layout) use it. */
export interface SheetProxy extends ClientObject {
  _sheet(): SheetModel;
}

/**
 * The request context as its objects see it. Ranges and worksheets are made through it, so that the modules
 * of objects that make each other (a range's worksheet, a worksheet's ranges) need not import each other.
 */
export interface ProxyContext {
  readonly _client: Client;
  /**
   * Queues an operation; `request` is what it sends besides the object's path (a value set, a call's arguments);
   * `writes`: a property set or method call, which may change the workbook (a load or instantiation does not).
   */
  _enqueue(object: ClientObject, op: () => void, request?: unknown, writes?: boolean): void;
  /** A property read by a load, at apply time: it is part of the sync's response. */
  _loaded(object: ClientObject, name: string, value: unknown): void;
  _range(path: string, locate: RangeLocator): RangeProxy;
  _worksheet(path: string, locate: SheetLocator): SheetProxy;
}

/**
 * The proxy of one Excel object, as in Office.js: property sets and method calls are queued on the request
 * context and applied in order at sync; loaded properties can be read after that sync; reading any other
 * throws PropertyNotLoaded. The object is found (resolved) when the first queued operation on it is applied.
 */
export abstract class ClientObject {
  /** @internal */ readonly _values = new Map<string, unknown>();
  /** @internal */ _isNull: boolean | undefined;
  private readonly children = new Map<string, ClientObject>();

  constructor(
    /** @internal */ readonly _ctx: ProxyContext,
    /** @internal */ readonly _path: string,
  ) {}

  get context(): ProxyContext {
    return this._ctx;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw fail.propertyNotLoaded('isNullObject', this._path);
    return this._isNull;
  }

  /** Scalar properties that load() can fetch. */
  protected _readers(): Readers {
    return {};
  }

  /** Properties that lead to other objects, for load paths such as "format/font/bold". */
  protected _navigation(): Record<string, () => ClientObject> {
    return {};
  }

  /** The ExcelApi version the object needs, if above 1.7. */
  protected _since(): { version: string; api: string } | undefined {
    return undefined;
  }

  /** Whether the object exists (false: a null object). Throws ItemNotFound for a missing item. Apply time only. */
  _exists(): boolean {
    return true;
  }

  /** @internal Fails with ApiNotFound where this Excel lacks the object. Apply time only. */
  _gate(): void {
    const since = this._since();
    if (since && !this._ctx._client.supports(since.version)) throw fail.apiNotFound(since.api, since.version);
  }

  /** @internal The object at apply time: throws if it is a null object. */
  _require(): void {
    this._gate();
    if (!this._exists()) throw fail.itemNotFound(this._path);
  }

  load(option?: LoadOption): this {
    const paths = parseLoad(option);
    this._ctx._enqueue(this, () => this._load(paths), paths ?? null);
    return this;
  }

  /** @internal */
  _load(paths: LoadPaths): void {
    this._gate();
    if (!this._exists()) {
      this._isNull = true;
      return;
    }
    this._isNull = false;
    const readers = this._readers();
    const navigation = this._navigation();
    for (const path of paths ?? Object.keys(readers).map((k) => [k])) {
      const [head, ...rest] = path;
      if (rest.length === 0 && head in readers) {
        const value = readers[head]();
        this._values.set(head, value);
        this._ctx._loaded(this, head, value);
        continue;
      }
      const next = navigation[head];
      if (!next) throw fail.invalidArgument(`${this._path}.${path.join('/')} (not a property the double models)`);
      next()._load(rest.length ? [rest] : undefined);
    }
  }

  /** A queued instantiation, for *OrNullObject objects: isNullObject can be read after the next sync. */
  protected _instantiate(): void {
    this._ctx._enqueue(this, () => {
      this._gate();
      this._isNull = !this._exists();
    });
  }

  protected _get<T>(name: string): T {
    if (this._isNull) return undefined as T;
    if (!this._values.has(name)) throw fail.propertyNotLoaded(name, this._path);
    return this._values.get(name) as T;
  }

  /** A property set: kept locally at once (as Office.js does) and applied at sync. */
  protected _set(name: string, value: unknown, apply: () => void): void {
    this._ctx._enqueue(
      this,
      () => {
        this._require();
        apply();
      },
      { [name]: value },
      true,
    );
    this._values.set(name, value);
  }

  /** A method call, applied at sync; `args` are what it sends. */
  protected _call(apply: () => void, args: unknown[] = []): void {
    this._ctx._enqueue(
      this,
      () => {
        this._require();
        apply();
      },
      args,
      true,
    );
  }

  protected _child<T extends ClientObject>(name: string, make: () => T): T {
    let c = this.children.get(name);
    if (!c) {
      c = make();
      this.children.set(name, c);
    }
    return c as T;
  }

  /** Objects passed as arguments must belong to the same request context. */
  protected _sameContext(other: unknown): void {
    if (other instanceof ClientObject && other._ctx !== this._ctx) throw fail.invalidRequestContext();
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._values);
  }
}

/** A collection: `items` after load("items/…"); "name" alone means "items/name", as in Office.js. */
export abstract class CollectionObject<T extends ClientObject> extends ClientObject {
  private loadedItems: T[] | undefined;

  get items(): T[] {
    if (this.loadedItems === undefined) throw fail.propertyNotLoaded('items', this._path);
    return this.loadedItems;
  }

  /** Proxies of the items as they are now. Apply time only. */
  protected abstract _list(): T[];

  override _load(paths: LoadPaths): void {
    this._gate();
    if (!this._exists()) {
      this._isNull = true;
      return;
    }
    this._isNull = false;
    const items = this._list();
    for (const item of items) item._isNull = false;
    this.loadedItems = items;
    const forItems = (paths ?? [['items']]).map((p) => (p[0] === 'items' ? p.slice(1) : p)).filter((p) => p.length > 0);
    for (const item of items) item._load(forItems.length ? forItems : undefined);
  }
}

import { crc32 as zlibCrc32, constants, deflateRawSync } from 'node:zlib';

/** An entry's content, optionally deflated, and with a size the directory declares in place of its real one. */
export interface ZipContent {
  data: Buffer;
  /** Already a raw deflate stream (see `deflateRepeated`), written with method 8. */
  deflated?: { size: number };
  /** What the directory says the entry inflates to (a forged zip bomb says little). */
  declaredSize?: number;
}

export interface ZipOptions {
  /** Write sizes in zip64 extra fields, and a zip64 end record, as Excel does for very large packages. */
  zip64?: boolean;
}

/**
 * A minimal zip writer, so tests can hand-craft .xlsx packages exceljs would never write: chart sheets, inline
 * strings, date-typed cells, a zip without a workbook part, zip bombs honest and forged, zip64 directories.
 */
export function makeZip(entries: Record<string, string | Buffer | ZipContent>, options: ZipOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const names = Object.keys(entries);
  for (const name of names) {
    const raw = entries[name];
    const content: ZipContent =
      typeof raw === 'string' ? { data: Buffer.from(raw, 'utf8') } : Buffer.isBuffer(raw) ? { data: raw } : raw;
    const { data } = content;
    const nameBytes = Buffer.from(name, 'utf8');
    const method = content.deflated ? 8 : 0;
    const realSize = content.deflated ? content.deflated.size : data.length;
    const size = content.declaredSize ?? realSize;
    const crc = content.deflated ? 0 : zlibCrc32(data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(Math.min(size, 0xffffffff), 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, data);

    const extra = options.zip64 ? Buffer.alloc(20) : Buffer.alloc(0);
    if (options.zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(data.length), 12);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(options.zip64 ? 0xffffffff : data.length, 20);
    central.writeUInt32LE(options.zip64 ? 0xffffffff : size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes, extra);

    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const tail: Buffer[] = [];
  if (options.zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(names.length), 24);
    record.writeBigUInt64LE(BigInt(names.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.zip64 ? 0xffff : names.length, 8);
  end.writeUInt16LE(options.zip64 ? 0xffff : names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...locals, directory, ...tail, end]);
}

/**
 * `times` copies of `chunk` as one raw deflate stream, made a chunk at a time: megabytes that inflate to
 * gigabytes, without ever holding the inflated whole.
 */
export function deflateRepeated(chunk: Buffer, times: number): ZipContent {
  const block = deflateRawSync(chunk, { finishFlush: constants.Z_SYNC_FLUSH });
  const data = Buffer.concat([...Array.from({ length: times }, () => block), deflateRawSync(Buffer.alloc(0))]);
  return { data, deflated: { size: chunk.length * times } };
}

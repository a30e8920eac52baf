/** One entry of a zip's central directory: its name, how it is stored, and the size it declares once inflated. */
export interface ZipEntry {
  name: string;
  uncompressedSize: number;
  compressedSize: number;
  /** 0 stored, 8 deflated. */
  method: number;
  /** Where its local header starts. */
  localOffset: number;
  /** The general-purpose flags (bit 0: encrypted). */
  flags: number;
  /** The external attributes (bit 4: an MS-DOS folder). */
  external: number;
  /** The name as stored, before decoding. */
  nameBytes: Uint8Array;
  /** The ids of its extra fields (0x0001 zip64, 0x7075 a Unicode name…). */
  extraIds: number[];
  /** Some size or offset stood in the zip64 extra field. */
  zip64: boolean;
}

/** The directory itself: where it stands and how it was found, for readers that take only plain zips. */
export interface ZipListing {
  entries: ZipEntry[];
  /** The end record came from a zip64 locator (more than 65,535 entries or a directory past 4 GiB). */
  zip64: boolean;
  /** Every disk number is 0 and this disk holds every entry. */
  singleDisk: boolean;
  /** The directory ends where its end record starts (nothing stands between them, as with data prepended). */
  contiguous: boolean;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const ZIP64_EXTRA = 0x0001;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

/**
 * The entries a zip's central directory lists (zip64 included), read without inflating anything; undefined when
 * there is no readable directory (a truncated or damaged file). Sizes are as declared: a forged directory can
 * lie, and the reader that inflates must still be bounded by other means.
 */
export function zipDirectory(bytes: Uint8Array): ZipEntry[] | undefined {
  return zipListing(bytes)?.entries;
}

/** The central directory with what it says of itself; undefined as for zipDirectory. */
export function zipListing(bytes: Uint8Array): ZipListing | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  if (end === undefined) return undefined;
  const [disk, directoryDisk, onDisk] = [4, 6, 8].map((at) => view.getUint16(end + at, true));
  let count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  const zip64 = count === MAX16 || offset === MAX32;
  const singleDisk = disk === 0 && directoryDisk === 0 && onDisk === count;
  if (zip64) {
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return undefined;
    const record = safeNumber(view.getBigUint64(locator + 8, true));
    if (record === undefined || record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_END)
      return undefined;
    const count64 = safeNumber(view.getBigUint64(record + 32, true));
    const offset64 = safeNumber(view.getBigUint64(record + 48, true));
    if (count64 === undefined || offset64 === undefined) return undefined;
    count = count64;
    offset = offset64;
  }
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_HEADER) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > view.byteLength) return undefined;
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const sizes = [view.getUint32(at + 24, true), view.getUint32(at + 20, true), view.getUint32(at + 42, true)];
    const [uncompressedSize, compressedSize, localOffset] = zip64Fields(view, at + 46 + nameLength, extraLength, sizes);
    entries.push({
      name: decoder.decode(nameBytes),
      uncompressedSize,
      compressedSize,
      method: view.getUint16(at + 10, true),
      localOffset,
      flags: view.getUint16(at + 8, true),
      external: view.getUint32(at + 38, true),
      nameBytes,
      extraIds: extraIds(view, at + 46 + nameLength, extraLength),
      zip64: sizes.includes(MAX32),
    });
    at = next;
  }
  return { entries, zip64, singleDisk, contiguous: !zip64 && offset + size === end };
}

/** The end-of-central-directory record: within the last 64 KiB + 22 bytes (its comment may be up to 64 KiB). */
function findEnd(view: DataView): number | undefined {
  const lowest = Math.max(0, view.byteLength - 22 - MAX16);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return undefined;
}

/**
 * Uncompressed size, compressed size and local header offset, with those that are 0xFFFFFFFF taken from the
 * entry's zip64 extra field, where they stand in that order (only the ones that overflowed).
 */
function zip64Fields(view: DataView, from: number, length: number, fields: number[]): number[] {
  if (!fields.includes(MAX32)) return fields;
  for (let at = from; at + 4 <= from + length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let next = at + 4;
      return fields.map((value) => {
        if (value !== MAX32 || next + 8 > at + 4 + size) return value;
        const wide = safeNumber(view.getBigUint64(next, true));
        next += 8;
        return wide ?? value;
      });
    }
    at += 4 + size;
  }
  return fields;
}

function extraIds(view: DataView, from: number, length: number): number[] {
  const ids: number[] = [];
  for (let at = from; at + 4 <= from + length; at += 4 + view.getUint16(at + 2, true))
    ids.push(view.getUint16(at, true));
  return ids;
}

function safeNumber(n: bigint): number | undefined {
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : undefined;
}

import { inflateRawSync } from 'node:zlib';

/**
 * The part of a JSZip object that exceljs's .xlsx reader uses (`zip.files`, each entry's `name`, `dir` and
 * `async('string' | 'nodebuffer')`), built with Node's zlib instead of JSZip's JavaScript inflater. The CLI's bundle
 * gives exceljs this in place of `JSZip.loadAsync` (scripts/bundle-cli.js): unzipping was a third of the time exceljs
 * took to read a form, and a cold process spent longer still warming JSZip's and pako's code up.
 *
 * It takes only the plain zips every spreadsheet writes, and only where it is sure to give exactly what JSZip gives:
 * for anything else (zip64, a name that is not ASCII or that JSZip would rewrite, a repeated name, an unknown
 * method, encryption, several disks, data before the zip, a size that does not match) it returns undefined, and
 * JSZip reads the file as before, with its own errors.
 */

export interface FastZipEntry {
  name: string;
  dir: boolean;
  async(type: 'string' | 'nodebuffer'): Promise<string | Buffer>;
}

const END_OF_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
/** An extra field that gives a Unicode name (JSZip would use it in place of the name). */
const UNICODE_PATH = 0x7075;
const ENCRYPTED = 0x0001;
const DOS_DIRECTORY = 0x0010;

/** A zip, every part inflated at once (exceljs asks for every part anyway); undefined where JSZip should read it. */
export function fastZip(data: Uint8Array): { files: Record<string, FastZipEntry> } | undefined {
  if (!(data instanceof Uint8Array)) return undefined;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const end = endOfDirectory(view);
  if (end === undefined) return undefined;
  const [disk, directoryDisk, onDisk, count] = [4, 6, 8, 10].map((at) => view.getUint16(end + at, true));
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (disk !== 0 || directoryDisk !== 0 || onDisk !== count || count === MAX16 || offset === MAX32) return undefined;
  // JSZip reads a gap between the directory and its end record as data prepended to the zip.
  if (offset + size !== end) return undefined;
  const files: Record<string, FastZipEntry> = {};
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_HEADER) return undefined;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const external = view.getUint32(at + 38, true);
    const local = view.getUint32(at + 42, true);
    const nameBytes = data.subarray(at + 46, at + 46 + nameLength);
    if ((flags & ENCRYPTED) !== 0 || (method !== 0 && method !== 8)) return undefined;
    if (compressedSize === MAX32 || uncompressedSize === MAX32 || local === MAX32) return undefined;
    if (nameBytes.some((b) => b >= 0x80) || hasExtra(view, at + 46 + nameLength, extraLength, UNICODE_PATH))
      return undefined;
    const name = String.fromCharCode(...nameBytes);
    if (resolved(name) !== name || name in files) return undefined;
    if (method === 0 && compressedSize !== uncompressedSize) return undefined;
    if (local + 30 > data.byteLength || view.getUint32(local, true) !== LOCAL_HEADER) return undefined;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressedSize > data.byteLength) return undefined;
    const stored = data.subarray(start, start + compressedSize);
    const dir = (external & DOS_DIRECTORY) !== 0 || name.endsWith('/');
    // JSZip keeps no contents for a folder.
    const bytes = dir ? Buffer.alloc(0) : inflated(stored, method, uncompressedSize);
    if (!bytes) return undefined;
    files[name] = {
      name,
      dir,
      async: (type) => Promise.resolve(type === 'string' ? bytes.toString('utf8') : bytes),
    };
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { files };
}

/** An entry's contents; undefined when they do not inflate to exactly the size the directory declares. */
function inflated(stored: Uint8Array, method: number, size: number): Buffer | undefined {
  if (method === 0) return Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  try {
    const bytes = inflateRawSync(stored, { maxOutputLength: Math.max(1, size) });
    return bytes.length === size ? bytes : undefined;
  } catch {
    return undefined;
  }
}

/** The last end-of-central-directory record, where JSZip looks for it too. */
function endOfDirectory(view: DataView): number | undefined {
  const lowest = Math.max(0, view.byteLength - 22 - MAX16);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return undefined;
}

function hasExtra(view: DataView, from: number, length: number, id: number): boolean {
  for (let at = from; at + 4 <= from + length; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) === id) return true;
  }
  return false;
}

/** The name JSZip files an entry under: `.` and `..` resolved, empty inner parts dropped (JSZip's utils.resolve). */
function resolved(name: string): string {
  const parts = name.split('/');
  const result: string[] = [];
  parts.forEach((part, i) => {
    if (part === '.' || (part === '' && i !== 0 && i !== parts.length - 1)) return;
    if (part === '..') result.pop();
    else result.push(part);
  });
  return result.join('/');
}

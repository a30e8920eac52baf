import { inflateRawSync } from 'node:zlib';
import { zipListing } from './zipDirectory';

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
  /** The inflated contents (what `async` gives), for a reader that needs them at once. */
  bytes: Buffer;
  async(type: 'string' | 'nodebuffer'): Promise<string | Buffer>;
}

const LOCAL_HEADER = 0x04034b50;
/** An extra field that gives a Unicode name (JSZip would use it in place of the name). */
const UNICODE_PATH = 0x7075;
const ENCRYPTED = 0x0001;
const DOS_DIRECTORY = 0x0010;

/** A zip, every part inflated at once (exceljs asks for every part anyway); undefined where JSZip should read it. */
export function fastZip(data: Uint8Array): { files: Record<string, FastZipEntry> } | undefined {
  if (!(data instanceof Uint8Array)) return undefined;
  const listing = zipListing(data);
  // JSZip reads a gap between the directory and its end record as data prepended to the zip.
  if (!listing || listing.zip64 || !listing.singleDisk || !listing.contiguous) return undefined;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const files: Record<string, FastZipEntry> = {};
  for (const entry of listing.entries) {
    const { method, compressedSize, uncompressedSize, localOffset: local } = entry;
    if ((entry.flags & ENCRYPTED) !== 0 || (method !== 0 && method !== 8) || entry.zip64) return undefined;
    if (entry.nameBytes.some((b) => b >= 0x80) || entry.extraIds.includes(UNICODE_PATH)) return undefined;
    const name = entry.name;
    if (resolved(name) !== name || name in files) return undefined;
    if (method === 0 && compressedSize !== uncompressedSize) return undefined;
    if (local + 30 > data.byteLength || view.getUint32(local, true) !== LOCAL_HEADER) return undefined;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressedSize > data.byteLength) return undefined;
    const stored = data.subarray(start, start + compressedSize);
    const dir = (entry.external & DOS_DIRECTORY) !== 0 || name.endsWith('/');
    // JSZip keeps no contents for a folder.
    const bytes = dir ? Buffer.alloc(0) : inflated(stored, method, uncompressedSize);
    if (!bytes) return undefined;
    files[name] = {
      name,
      dir,
      bytes,
      async: (type) => Promise.resolve(type === 'string' ? bytes.toString('utf8') : bytes),
    };
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

/** What the first bytes of a file say it is. */
export type FileKind = 'empty' | 'cfb' | 'zip' | 'other';

/** OLE compound file: old .xls files and password-protected OOXML files (the encrypted package is wrapped in one). */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
/** An empty zip archive starts with its end-of-central-directory record. */
const ZIP_EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];
const ZIP_CENTRAL_HEADER = [0x50, 0x4b, 0x01, 0x02];

export function sniff(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, CFB_MAGIC, 0)) return 'cfb';
  if (startsWith(bytes, ZIP_LOCAL_HEADER, 0) || startsWith(bytes, ZIP_EMPTY_ARCHIVE, 0)) return 'zip';
  return 'other';
}

/**
 * Whether the zip lists an entry with this exact name, found by its local or central-directory header rather than
 * by unzipping: entry names are stored uncompressed, so this costs one byte scan.
 */
export function zipHasEntry(bytes: Uint8Array, name: string): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const candidate of [name, `/${name}`]) {
    const needle = Buffer.from(candidate, 'latin1');
    for (let at = buffer.indexOf(needle); at >= 0; at = buffer.indexOf(needle, at + 1)) {
      // Local header: name at offset 30, its length at 26. Central directory header: name at 46, length at 28.
      if (at >= 30 && startsWith(buffer, ZIP_LOCAL_HEADER, at - 30) && buffer.readUInt16LE(at - 4) === needle.length) {
        return true;
      }
      if (at >= 46 && startsWith(buffer, ZIP_CENTRAL_HEADER, at - 46) && buffer.readUInt16LE(at - 18) === needle.length) {
        return true;
      }
    }
  }
  return false;
}

function startsWith(bytes: Uint8Array, prefix: number[], at: number): boolean {
  if (at + prefix.length > bytes.length) return false;
  return prefix.every((byte, i) => bytes[at + i] === byte);
}

/** What the first bytes of a file say it is. */
export type FileKind = 'empty' | 'cfb' | 'zip' | 'other';

/** OLE compound file: old .xls files and password-protected OOXML files (the encrypted package is wrapped in one). */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
/** An empty zip archive starts with its end-of-central-directory record. */
const ZIP_EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];

export function sniff(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, CFB_MAGIC, 0)) return 'cfb';
  if (startsWith(bytes, ZIP_LOCAL_HEADER, 0) || startsWith(bytes, ZIP_EMPTY_ARCHIVE, 0)) return 'zip';
  return 'other';
}

function startsWith(bytes: Uint8Array, prefix: number[], at: number): boolean {
  if (at + prefix.length > bytes.length) return false;
  return prefix.every((byte, i) => bytes[at + i] === byte);
}

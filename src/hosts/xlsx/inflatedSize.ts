import { inflateRawSync } from 'node:zlib';
import type { ZipEntry } from './zipDirectory';

const LOCAL_HEADER = 0x04034b50;

/**
 * How many bytes an entry really inflates to, stopping once past `limit` (then limit + 1). A forged directory
 * may declare a few bytes for a part that inflates to gigabytes, which the .xlsx library would notice only after
 * inflating it whole. Undefined when the entry cannot be inflated here: the library then reports the damage.
 */
export function inflatedSize(bytes: Buffer, entry: ZipEntry, limit: number): number | undefined {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) return undefined;
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.length;
  if (entry.method !== 8) return undefined;
  try {
    return inflateRawSync(data, { maxOutputLength: limit + 1 }).length;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? limit + 1 : undefined;
  }
}

import type { ZipEntry } from './zipDirectory';

const LOCAL_HEADER = 0x04034b50;

/**
 * How many bytes a zip entry really inflates to, stopping once past `limit` (then limit + 1). A forged directory
 * may declare a few bytes for a part that inflates to gigabytes, which the .xlsx and .docx libraries would notice
 * only after inflating it whole. Streams (web DecompressionStream, in Node and in browsers), so memory stays at
 * one chunk. Undefined when the entry cannot be inflated here: the library then reports the damage.
 */
export async function inflatedSize(bytes: Uint8Array, entry: ZipEntry, limit: number): Promise<number | undefined> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) return undefined;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.length;
  if (entry.method !== 8) return undefined;
  const source = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      controller.enqueue(data.slice());
      controller.close();
    },
  });
  const reader = source.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        return limit + 1;
      }
    }
  } catch {
    return undefined;
  }
}

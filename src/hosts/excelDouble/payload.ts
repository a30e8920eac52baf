/**
 * The size of what a sync sends and gets back, as Excel on the web limits it.
 *
 * "Excel on the web has a payload size limit for requests and responses of 5MB. RichAPI.Error will be thrown if
 * that limit is exceeded." (Resource limits and performance optimization for Office Add-ins, section "Excel
 * add-ins"; https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 * The codes are RequestPayloadSizeLimitExceeded and ResponsePayloadSizeLimitExceeded ("This error only occurs in
 * Office on the web": Error handling with the application-specific JavaScript APIs, table of error codes).
 * Microsoft does not say whether 5 MB means 5,000,000 or 5,242,880 bytes: the double takes the stricter.
 */
export const WEB_PAYLOAD_LIMIT_BYTES = 5_000_000;

/**
 * Bytes of a value as JSON in UTF-8 (Chinese text takes three bytes a character). What Office.js puts around
 * each action and result (ids, type tags) is not modelled: the measure is of the values and object paths.
 */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  // Node's Buffer counts without copying; a browser encodes.
  const nodeBuffer = (globalThis as { Buffer?: { byteLength(text: string, encoding: 'utf8'): number } }).Buffer;
  return nodeBuffer ? nodeBuffer.byteLength(text, 'utf8') : encoder.encode(text).length;
}

const encoder = new TextEncoder();

/** Bytes sent and received by an Excel's syncs since the count was last reset. */
export interface PayloadCount {
  request: number;
  response: number;
}

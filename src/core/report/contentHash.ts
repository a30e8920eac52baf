/**
 * FNV-1a of a paragraph's content, in base 36: what ZiPing wrote, kept beside it to tell the user's rewrites.
 * A formula is hashed in a canonical form, so that what Excel does to it by itself (quotes dropped, case, spaces,
 * a renamed sheet) is not taken for a rewrite.
 */
export function contentHash(content: string): string {
  const canonical = canonicalContent(content);
  let h = 0x811c9dc5;
  for (let i = 0; i < canonical.length; i++) {
    h ^= canonical.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `z${h.toString(36)}`;
}

/** A formula outside its string constants: sheet names folded to §, spaces gone, upper case. Text as it is. */
function canonicalContent(content: string): string {
  if (!content.startsWith('=')) return content;
  return content
    .split(/("(?:[^"]|"")*")/)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece
            .replace(/'(?:[^']|'')+'!|[^\s!&(),=+\-*/<>^"'$:]+!/g, '§!')
            .replace(/\s+/g, '')
            .toUpperCase(),
    )
    .join('');
}

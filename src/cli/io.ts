/** Where a command writes: stdout and stderr, one line at a time (tests capture them). */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Bilingual } from '../core/findings';

/** A file's bytes, or a message naming it and why it could not be opened (never a throw). */
export async function readBytes(
  file: string,
  what: Bilingual = { zh: '文件', en: '' },
): Promise<{ ok: true; data: Buffer } | { ok: false; message: Bilingual }> {
  try {
    // Synchronous: files are read one after another, and an asynchronous read left this thread idle ~2 ms per file.
    return { ok: true, data: fs.readFileSync(file) };
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? 'error';
    const name = path.basename(file);
    return {
      ok: false,
      message: {
        zh: `无法打开${what.zh}“${name}”（${reason}）`,
        en: `cannot open ${what.en ? `${what.en} ` : ''}"${name}" (${reason})`,
      },
    };
  }
}

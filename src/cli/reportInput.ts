import * as path from 'node:path';
import type { Bilingual } from '../core/findings';
import { partsSize } from '../hosts/xlsx/guard';
import { zipDirectory } from '../hosts/xlsx/zipDirectory';
import { readBytes } from './io';

export type ReportText = { ok: true; text: string } | { ok: false; message: Bilingual };

const NOT_TEXT = /\.(doc|wps|pdf|xlsx|xlsm|xls|et|zip)$/i;

/**
 * Reads a report: a .docx (its text, by mammoth) or a text file in UTF-8 (with or without BOM), UTF-16 with a BOM,
 * or GB18030/GBK when the bytes are not valid UTF-8. Never throws: what cannot be read is one message naming the file.
 */
export async function readReportFile(file: string): Promise<ReportText> {
  const name = path.basename(file);
  const read = await readBytes(file, { zh: '报告', en: 'the report' });
  if (!read.ok) return read;
  const data = read.data;
  if (/\.docx$/i.test(file)) return readDocx(data, name);
  if (NOT_TEXT.test(file)) {
    return {
      ok: false,
      message: {
        zh: `报告“${name}”的格式不受支持：请另存为 .docx 或 .txt`,
        en: `the report "${name}" is in a format ZiPing does not read: save it as .docx or .txt`,
      },
    };
  }
  return { ok: true, text: decodeText(data) };
}

/** UTF-8 when the bytes are valid UTF-8, UTF-16 when a BOM says so, else GB18030 (a superset of GBK and GB2312). */
export function decodeText(data: Uint8Array): string {
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('gb18030').decode(data);
  }
}

/** A report's text is a few hundred KB at most: more is a damaged file or a zip bomb, refused before unzipping. */
const MB = 1024 * 1024;
const MAX_DOCUMENT_BYTES = 20 * MB;
const DOCUMENT_PARTS = /^\/?word\/.+\.xml$/i;

async function readDocx(data: Buffer, name: string): Promise<ReportText> {
  const entries = zipDirectory(data);
  if (entries && (await partsSize(data, entries, DOCUMENT_PARTS, MAX_DOCUMENT_BYTES)) !== 'within') {
    return {
      ok: false,
      message: {
        zh: `报告“${name}”太大，未检查：其文字部分解压后超过 ${MAX_DOCUMENT_BYTES / MB} MB（一份自评报告通常不到 1 MB）`,
        en: `the report "${name}" is too large and was not checked: its text parts unzip to more than ${MAX_DOCUMENT_BYTES / MB} MB (a report is usually under 1 MB)`,
      },
    };
  }
  try {
    const mammoth = (await import('mammoth')).default;
    const result = await mammoth.extractRawText({ buffer: data });
    return { ok: true, text: result.value };
  } catch (e) {
    const detail = (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 120);
    return {
      ok: false,
      message: {
        zh: `报告“${name}”不是可读的 .docx 文件（${detail}）`,
        en: `the report "${name}" is not a readable .docx file (${detail})`,
      },
    };
  }
}

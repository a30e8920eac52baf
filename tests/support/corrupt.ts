import type { WorkbookErrorCode } from '../../src/hosts/xlsx';
import { handmadeWorkbook, zipWithoutWorkbook } from './handmade';
import { deflateRepeated, type ZipContent } from './zip';

export interface CorruptFile {
  fileName: string;
  buffer: Buffer;
  /** The WorkbookError code reading it must give. */
  code: WorkbookErrorCode;
}

/** Files a user may hand over that are not readable workbooks, each with the error code it must give. */
export function corruptFiles(): CorruptFile[] {
  const valid = handmadeWorkbook();
  // An OLE compound file header, as Excel writes for an .xlsx with an open password (and for every .xls).
  const cfb = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
  cfb.writeUInt16LE(0x003e, 24);
  cfb.writeUInt16LE(0x0003, 26);
  cfb.writeUInt16LE(0xfffe, 28);
  return [
    { fileName: '空文件.xlsx', buffer: Buffer.alloc(0), code: 'empty' },
    // Cut off mid-download: the zip's central directory at the end is gone.
    { fileName: 'truncated.xlsx', buffer: valid.subarray(0, Math.floor(valid.length / 2)), code: 'corrupt' },
    {
      fileName: '自评表（导出）.xlsx',
      buffer: Buffer.from('\uFEFF预算部门名称,年度资金总额\r\n株洲市渌口区住房保障服务中心,18015.27\r\n', 'utf8'),
      code: 'not-xlsx',
    },
    { fileName: 'protected.xlsx', buffer: cfb, code: 'encrypted' },
    { fileName: 'random.xlsx', buffer: randomBytes(4096, 20221231), code: 'not-xlsx' },
    { fileName: 'report.docx.xlsx', buffer: zipWithoutWorkbook(), code: 'corrupt' },
    // A 165 KB file whose sheet inflates to 64 MB of rows, saying so; and the same with a directory that lies.
    { fileName: 'zip-bomb.xlsx', buffer: handmadeWorkbook({ sheet1: bomb() }), code: 'too-large' },
    {
      fileName: 'zip-bomb-forged.xlsx',
      buffer: handmadeWorkbook({ sheet1: { ...bomb(), declaredSize: 1000 } }),
      code: 'too-large',
    },
  ];
}

/** Deterministic noise (a linear congruential generator), never starting with a zip or CFB signature. */
function randomBytes(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = state >>> 24;
  }
  out[0] = 0x7f;
  return out;
}

/** 64 MB of sheet rows, deflated. */
function bomb(): ZipContent {
  return deflateRepeated(Buffer.from('<row><c><v>1</v></c></row>'.repeat(40_000)), 64);
}

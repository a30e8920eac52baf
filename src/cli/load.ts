import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Bilingual } from '../core/findings';
import { formFromJson } from '../core/json/fromJson';
import type { RuleProfile } from '../core/profile';
import { checkWorkbook, resultFor, type FormResult } from '../core/workbook';
import { isWorkbookError, readWorkbook } from '../hosts/xlsx';
import { readBytes } from './io';

export type Loaded = { ok: true; results: FormResult[] } | { ok: false; message: Bilingual };

const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;
const CHECKABLE = /\.(xlsx|xlsm|xls|json)$/i;

/** Files named on the command line, with folders walked for workbooks and JSON forms (Excel's ~$ lock files skipped). */
export async function expandPaths(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = async (dir: string) => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && CHECKABLE.test(e.name) && !e.name.startsWith('~$')) files.push(full);
    }
  };
  for (const p of paths) {
    const stat = await fs.stat(p).catch(() => undefined);
    if (!stat) missing.push(p);
    else if (stat.isDirectory()) await walk(p);
    else files.push(p);
  }
  return { files, missing };
}

/** Reads one file and checks every form in it. Never throws: what cannot be read comes back as a message. */
export async function loadAndCheck(file: string, profile: RuleProfile): Promise<Loaded> {
  const name = path.basename(file);
  const read = await readBytes(file);
  if (!read.ok) return read;
  const data = read.data;
  if (/\.json$/i.test(file) && !WORKBOOK.test(file)) return checkJson(data, name, profile);
  try {
    const grids = await readWorkbook(data, name);
    const results = checkWorkbook(grids, profile);
    if (results.length === 0) {
      return {
        ok: false,
        message: {
          zh: `“${name}”中没有自评表（找不到“年度资金总额”或“三级指标”）`,
          en: `"${name}" holds no self-evaluation form (no 年度资金总额 or 三级指标 found)`,
        },
      };
    }
    return { ok: true, results };
  } catch (e) {
    if (isWorkbookError(e)) return { ok: false, message: e.bilingual };
    // Not a reading problem: a fault of ZiPing's own. One line, and the other files are still checked.
    return internalFailure(name, e instanceof Error ? e.message : String(e));
  }
}

/** A fault of ZiPing's own while checking the file `name` (not the file's): one line asking for a report. */
export function internalFailure(name: string, detail: string): Loaded {
  return {
    ok: false,
    message: {
      zh: `检查“${name}”时 ZiPing 内部出错（${detail}），请报告此问题`,
      en: `ZiPing failed while checking "${name}" (${detail}); please report it`,
    },
  };
}

function checkJson(data: Buffer, name: string, profile: RuleProfile): Loaded {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: { zh: `“${name}”不是有效的 JSON`, en: `"${name}" is not valid JSON` } };
  }
  const form = formFromJson(parsed, name);
  if ('error' in form)
    return { ok: false, message: { zh: `“${name}”：${form.error.zh}`, en: `"${name}": ${form.error.en}` } };
  return { ok: true, results: [resultFor(form, [], profile)] };
}

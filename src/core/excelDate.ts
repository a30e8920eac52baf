/**
 * Excel's 1900 date system, in one place. A serial counts days from 1900-01-01 (serial 1) and includes a
 * 1900-02-29 that never was (serial 60), so every serial from 61 on is one day ahead of a plain day count.
 */
const MS_PER_DAY = 86_400_000;
/** 1899-12-30: the day before serial 1 once the fictitious leap day is counted, i.e. serial 0 from 1900-03-01 on. */
const SERIAL_ORIGIN = Date.UTC(1899, 11, 30);
const MAX_SERIAL = 2_958_465; // 9999-12-31

/** Excel serial 60: the 1900-02-29 that Excel counts but that never was. */
export const FAKE_LEAP_DAY = 'fake-leap-day' as const;

interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/**
 * The day Excel shows for a whole serial: 1 is 1900-01-01, 60 the fictitious 1900-02-29, 0 the 1900-01-00 Excel
 * shows for a blank date. No range check (a caller that reads dates wants serialToDay).
 */
export function shownDay(wholeSerial: number): CalendarDay {
  if (wholeSerial === 60) return { year: 1900, month: 2, day: 29 };
  if (wholeSerial === 0) return { year: 1900, month: 1, day: 0 };
  const date = new Date(SERIAL_ORIGIN + (wholeSerial < 60 ? wholeSerial + 1 : wholeSerial) * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The calendar day of a serial (its time of day dropped): 44926 → 2022-12-31; undefined outside 1900–9999. */
export function serialToDay(serial: number): CalendarDay | typeof FAKE_LEAP_DAY | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const n = Math.floor(serial);
  if (n < 1 || n > MAX_SERIAL) return undefined;
  return n === 60 ? FAKE_LEAP_DAY : shownDay(n);
}

/** The weekday Excel gives a whole serial (0 = Sunday): it takes 1900-01-01 for a Sunday, so 1–60 are a day off. */
export function serialWeekday(wholeSerial: number): number {
  return (((wholeSerial + 6) % 7) + 7) % 7;
}

/** The serial of a calendar day (2022-12-31 → 44926); undefined for a day that does not exist or is before 1900. */
export function dayToSerial(year: number, month: number, day: number): number | undefined {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const time = Date.UTC(year, month - 1, day);
  if (new Date(time).getUTCMonth() !== month - 1) return undefined;
  const count = Math.round((time - SERIAL_ORIGIN) / MS_PER_DAY);
  return count < 61 ? count - 1 : count;
}

/**
 * A JS Date as exceljs hands them over (UTC) to a serial, and back. exceljs maps serial s to
 * 1970-01-01 + (s − 25569) days with no fictitious leap day, so these two are its exact inverses: a serial read
 * and written through exceljs comes back unchanged (and is the right day from 1900-03-01 on).
 */
export function exceljsDateToSerial(date: Date): number {
  return (date.getTime() - SERIAL_ORIGIN) / MS_PER_DAY;
}

export function serialToExceljsDate(serial: number): Date {
  return new Date(SERIAL_ORIGIN + Math.round(serial * MS_PER_DAY));
}

import type { Lang } from '../../core/findings';
import type { ExcelDouble } from '../../hosts/excelDouble';
import { s } from '../strings';

/** The sheets' tabs; switching sheets commits an edit first (and does not switch when Excel refuses it). */
export function SheetTabs({
  double,
  active,
  lang,
  editing,
  beforeSwitch,
}: {
  double: ExcelDouble;
  active: string;
  lang: Lang;
  editing: boolean;
  beforeSwitch: () => boolean;
}) {
  return (
    <div className="sheet-tabs">
      <div role="tablist" aria-label={s('sheetTabs', lang)}>
        {double.sheetNames().map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={name === active}
            className={name === active ? 'tab on' : 'tab'}
            onClick={() => beforeSwitch() && double.activate(name)}
          >
            {name}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="tab add"
        aria-label={s('addSheet', lang)}
        title={s('addSheet', lang)}
        onClick={() => {
          if (!beforeSwitch()) return;
          const id = double.addSheet();
          double.activate(nameOf(double, id));
        }}
      >
        +
      </button>
      <span className="status" aria-live="polite">
        {editing ? s('editing', lang) : s('ready', lang)}
      </span>
    </div>
  );
}

function nameOf(double: ExcelDouble, id: string): string {
  return double.sheetNames().find((n) => double.sheetId(n) === id) ?? double.sheetNames()[0];
}

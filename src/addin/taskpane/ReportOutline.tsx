import { useEffect, useRef, useState } from 'react';
import { Button, Caption1, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Controller } from '../../app/controller';
import type { ReportOutcome } from '../../app/reportDraft';
import type { Lang } from '../../core/findings';
import { blockName, type BlockKey, type Outline } from '../../core/report/outline';
import {
  addableBlocks,
  addSection,
  moveBlock,
  moveSection,
  outlineRows,
  removeBlock,
  removeSection,
  renameSection,
  wordsLost,
  type BlockPlace,
  type OutlineRow,
  type UserWords,
} from '../../core/report/outlineEdit';
import { t } from './i18n';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  row: { display: 'flex', alignItems: 'center', gap: '2px' },
  input: { flexGrow: 1, minWidth: 0 },
  name: { flexGrow: 1, minWidth: 0, color: tokens.colorNeutralForeground2 },
  bar: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'center' },
  ask: {
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    margin: '2px 0 6px',
    padding: '6px 8px',
    borderLeft: `3px solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: '6px 8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

type Control = 'up' | 'down' | 'remove' | 'heading';

/** A row's name for the buttons beside it: the heading, or what the block is. */
const rowName = (row: OutlineRow) => (row.kind === 'heading' ? row.heading : row.name);
const rowKey = (row: OutlineRow) =>
  row.kind === 'heading' ? `h${row.path.join('.')}` : `b${row.place.path.join('.')}${row.place.list}${row.place.index}`;

const isHeadingAt = (path: number[]) => (r: OutlineRow) => r.kind === 'heading' && r.path.join() === path.join();
const isBlockAt = (place: BlockPlace) => (r: OutlineRow) =>
  r.kind === 'block' &&
  r.place.path.join() === place.path.join() &&
  r.place.list === place.list &&
  r.place.index === place.index;

/**
 * The keyboard focus after a change redraws the rows: on the control that acted, in the row where what it moved
 * went (the last row when that row is gone), else on that row's heading or delete button.
 */
function useFocusFollows(rowCount: number) {
  const [focus, setFocus] = useState<{ row: number; control: Control }>();
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!focus) return;
    const at = Math.min(focus.row, rowCount - 1);
    const target =
      box.current?.querySelector<HTMLElement>(`[data-outline="${at}-${focus.control}"]`) ??
      box.current?.querySelector<HTMLElement>(`[data-outline="${at}-heading"], [data-outline="${at}-remove"]`);
    target?.focus();
    setFocus(undefined);
  }, [focus, rowCount]);
  return [box, setFocus] as const;
}

/**
 * The report's outline as the user may change it — headings reworded, added or deleted, headings and blocks moved
 * up or down — saved into the workbook with a redraft. What each change does is decided in core/report/outlineEdit;
 * this only draws it and keeps the keyboard focus on what moved.
 */
export default function ReportOutline({
  controller,
  report,
  lang,
  busy,
}: {
  controller: Controller;
  report: ReportOutcome;
  lang: Lang;
  busy: boolean;
}) {
  const styles = useStyles();
  const [draft, setDraft] = useState<Outline>(report.outline);
  const [ask, setAsk] = useState<{ next: Outline; lost: UserWords[]; row: number }>();
  const [adding, setAdding] = useState(false);
  const headingLang = report.lang;
  const rows = outlineRows(draft, headingLang, lang);
  const [box, setFocus] = useFocusFollows(rows.length);
  const changed = JSON.stringify(draft) !== JSON.stringify(report.outline);
  const isDefault = JSON.stringify(draft) === JSON.stringify(report.defaultOutline);

  const moved = (next: Outline, find: (r: OutlineRow) => boolean, control: Control) => {
    setDraft(next);
    setFocus({ row: Math.max(0, outlineRows(next, headingLang, lang).findIndex(find)), control });
  };
  const move = (row: OutlineRow, delta: -1 | 1) => {
    const control = delta < 0 ? 'up' : 'down';
    if (row.kind === 'heading') {
      const path = [...row.path.slice(0, -1), row.path[row.path.length - 1] + delta];
      moved(moveSection(draft, row.path, delta), isHeadingAt(path), control);
    } else {
      const { outline, place } = moveBlock(draft, row.place, delta);
      moved(outline, isBlockAt(place), control);
    }
  };
  const remove = (row: OutlineRow, at: number) => {
    const next = row.kind === 'heading' ? removeSection(draft, row.path) : removeBlock(draft, row.place);
    const already = new Set(wordsLost(draft, report.written).map((w) => w.id));
    const lost = wordsLost(next, report.written).filter((w) => !already.has(w.id));
    if (lost.length > 0) setAsk({ next, lost, row: at });
    else {
      setDraft(next);
      setFocus({ row: at, control: 'remove' });
    }
  };
  const save = () =>
    void controller.setReportOutline(
      report.kind,
      draft,
      wordsLost(draft, report.written).map((w) => w.id),
    );

  return (
    <section ref={box} className={styles.column} aria-label={t('outlineTitle', lang)}>
      <Text as="h2" size={300} weight="semibold">
        {t('outlineTitle', lang)}
      </Text>
      <Caption1>{t('outlineHint', lang)}</Caption1>
      <ul className={styles.list}>
        {rows.map((row, i) => (
          <li key={rowKey(row)} style={{ paddingLeft: `${row.depth * 14}px` }}>
            <OutlineRowControls
              row={row}
              at={i}
              lang={lang}
              onRename={(value) =>
                row.kind === 'heading' && setDraft(renameSection(draft, row.path, headingLang, value))
              }
              onMove={(delta) => move(row, delta)}
              onRemove={() => remove(row, i)}
            />
            {ask?.row === i && (
              <ConfirmRemove
                name={rowName(row)}
                lost={ask.lost}
                lang={lang}
                onDelete={() => {
                  setDraft(ask.next);
                  setFocus({ row: ask.row, control: 'remove' });
                  setAsk(undefined);
                }}
                onKeep={() => {
                  setFocus({ row: ask.row, control: 'remove' });
                  setAsk(undefined);
                }}
              />
            )}
          </li>
        ))}
      </ul>
      {adding ? (
        <AddHeading
          outline={draft}
          lang={lang}
          headingLang={headingLang}
          onAdd={(next, path) => {
            setAdding(false);
            moved(next, isHeadingAt(path), 'heading');
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <div className={styles.bar}>
          <Button size="small" onClick={() => setAdding(true)}>
            {t('addHeading', lang)}
          </Button>
        </div>
      )}
      <div className={styles.bar}>
        <Button appearance="primary" size="small" disabled={busy || !changed} onClick={save}>
          {t('outlineSave', lang)}
        </Button>
        <Button size="small" disabled={isDefault} onClick={() => setDraft(report.defaultOutline)}>
          {t('outlineReset', lang)}
        </Button>
      </div>
    </section>
  );
}

/**
 * One row of the outline: its heading to reword (a block shows its name) and the buttons that move or delete it,
 * each tagged `data-outline="<row>-<control>"` so that the focus can follow the row it acted on.
 */
function OutlineRowControls({
  row,
  at,
  lang,
  onRename,
  onMove,
  onRemove,
}: {
  row: OutlineRow;
  at: number;
  lang: Lang;
  onRename: (value: string) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const styles = useStyles();
  const name = rowName(row);
  return (
    <div className={styles.row}>
      {row.kind === 'heading' ? (
        <Input
          className={styles.input}
          size="small"
          value={row.heading}
          aria-label={row.heading}
          data-outline={`${at}-heading`}
          onChange={(_, d) => onRename(d.value)}
        />
      ) : (
        <Caption1 className={styles.name}>{name}</Caption1>
      )}
      <Button
        size="small"
        appearance="subtle"
        icon={<span aria-hidden>↑</span>}
        aria-label={`${t('moveUp', lang)} ${name}`}
        data-outline={`${at}-up`}
        disabledFocusable={!row.up}
        onClick={() => onMove(-1)}
      />
      <Button
        size="small"
        appearance="subtle"
        icon={<span aria-hidden>↓</span>}
        aria-label={`${t('moveDown', lang)} ${name}`}
        data-outline={`${at}-down`}
        disabledFocusable={!row.down}
        onClick={() => onMove(1)}
      />
      <Button
        size="small"
        appearance="subtle"
        icon={<span aria-hidden>✕</span>}
        aria-label={`${t('remove', lang)} ${name}`}
        data-outline={`${at}-remove`}
        disabledFocusable={row.kind === 'heading' && !row.remove}
        onClick={onRemove}
      />
    </div>
  );
}

/** Asks before a deletion that would take words the user wrote (or kept) out of the report with it. */
function ConfirmRemove({
  name,
  lost,
  lang,
  onDelete,
  onKeep,
}: {
  name: string;
  lost: UserWords[];
  lang: Lang;
  onDelete: () => void;
  onKeep: () => void;
}) {
  const styles = useStyles();
  return (
    <div role="alertdialog" aria-label={`${t('remove', lang)} ${name}`} className={styles.ask}>
      <Text>
        {t('wordsLost', lang).replace(
          '{where}',
          [...new Set(lost.map((w) => w.label))].join(lang === 'zh' ? '、' : '; '),
        )}
      </Text>
      <div className={styles.bar}>
        <Button size="small" appearance="primary" onClick={onDelete}>
          {t('deleteAnyway', lang)}
        </Button>
        <Button size="small" autoFocus onClick={onKeep}>
          {t('cancel', lang)}
        </Button>
      </div>
    </div>
  );
}

/** 添加标题: its words, what stands under it (the user's own text or a block the outline lacks), and where. */
function AddHeading({
  outline,
  lang,
  headingLang,
  onAdd,
  onCancel,
}: {
  outline: Outline;
  lang: Lang;
  headingLang: Lang;
  onAdd: (next: Outline, path: number[]) => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const [heading, setHeading] = useState('');
  const [content, setContent] = useState<BlockKey | 'text'>('text');
  const [under, setUnder] = useState('');
  const [problem, setProblem] = useState<string>();
  const add = () => {
    const r = addSection(outline, { heading, content, under: under === '' ? undefined : Number(under) });
    if ('problem' in r) setProblem(r.problem[lang]);
    else onAdd(r.outline, r.path);
  };
  return (
    <div className={styles.form} role="group" aria-label={t('addHeading', lang)}>
      <Field label={t('newHeading', lang)} validationMessage={problem} validationState={problem ? 'error' : 'none'}>
        <Input
          size="small"
          autoFocus
          value={heading}
          onChange={(_, d) => {
            setHeading(d.value);
            setProblem(undefined);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add();
          }}
        />
      </Field>
      <Field label={t('headingContent', lang)}>
        <Select size="small" value={content} onChange={(_, d) => setContent(d.value as BlockKey | 'text')}>
          <option value="text">{t('ownText', lang)}</option>
          {addableBlocks(outline).map((k) => (
            <option key={k} value={k}>
              {blockName(k, lang)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('where', lang)}>
        <Select size="small" value={under} onChange={(_, d) => setUnder(d.value)}>
          <option value="">{t('atEnd', lang)}</option>
          {outline.sections.map((s, i) => (
            <option key={i} value={String(i)}>
              {t('underHeading', lang).replace('{heading}', s.heading[headingLang])}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.bar}>
        <Button size="small" appearance="primary" onClick={add}>
          {t('confirmAdd', lang)}
        </Button>
        <Button size="small" onClick={onCancel}>
          {t('cancel', lang)}
        </Button>
      </div>
    </div>
  );
}

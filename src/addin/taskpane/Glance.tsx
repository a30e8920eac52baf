import { Badge, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Controller } from '../../app/controller';
import type { Evaluation } from '../../app/plan';
import type { Lang } from '../../core/findings';
import { GRADE_FLOOR, GRADES, type Grade } from '../../core/grade';
import { points } from './format';
import { glanceOf, type GlanceBar } from './glanceData';
import { clauses, labelled, t } from './i18n';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
    padding: '8px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: '4px 10px' },
  total: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  bars: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  bar: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    width: '100%',
    padding: '3px 4px',
    border: 'none',
    borderRadius: tokens.borderRadiusSmall,
    background: 'transparent',
    textAlign: 'left',
    font: 'inherit',
    color: 'inherit',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  label: { display: 'flex', justifyContent: 'space-between', gap: '8px', flexWrap: 'wrap' },
  svg: { display: 'block', width: '100%', height: '10px' },
  score: { fill: tokens.colorPaletteGreenBackground3 },
  lost: { fill: tokens.colorPaletteRedBackground3 },
  rest: { fill: tokens.colorNeutralStroke2 },
  band: { fill: tokens.colorNeutralBackground5 },
  bandOn: { fill: tokens.colorBrandBackground2 },
  marker: { fill: tokens.colorNeutralForeground1 },
});

const GRADE_COLOR: Record<Grade, 'success' | 'brand' | 'warning' | 'danger'> = {
  优: 'success',
  良: 'brand',
  中: 'warning',
  差: 'danger',
};

/** The band a grade covers, as the rules word it: 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60. */
function bandText(grade: Grade): string {
  const i = GRADES.indexOf(grade);
  if (i === 0) return `≥ ${GRADE_FLOOR[grade]}`;
  if (i === GRADES.length - 1) return `< ${GRADE_FLOOR[GRADES[i - 1]]}`;
  return `${GRADE_FLOOR[grade]}–${GRADE_FLOOR[GRADES[i - 1]]}`;
}

/**
 * The form at a glance, at the top of the pane: the total against 100 with its grade band, the execution rate,
 * and one bar per 一级指标 (its score of its 分值, the points lost in colour); a bar selects its rows.
 */
export default function Glance({
  controller,
  evaluation,
  lang,
}: {
  controller: Controller;
  evaluation: Evaluation;
  lang: Lang;
}) {
  const styles = useStyles();
  const result = evaluation.results[0];
  if (!result) return null;
  const glance = glanceOf(result);
  const { total, grade } = glance;
  return (
    <section className={styles.root} aria-label={t('glance', lang)}>
      <div className={styles.head}>
        <Text>
          <span className={styles.total}>{total === undefined ? '—' : points(total)}</span> / 100
        </Text>
        {grade && (
          <Badge color={GRADE_COLOR[grade]} appearance="filled" aria-label={`${t('grade', lang)} ${grade}`}>
            {grade}
          </Badge>
        )}
        {grade && <Caption1>{`${labelled(`${t('grade', lang)} ${grade}`, lang)}${bandText(grade)}`}</Caption1>}
        {glance.rate !== undefined && (
          <Text>
            {t('executionRate', lang)} {points(glance.rate * 100)}%
          </Text>
        )}
      </div>
      {total !== undefined && <GradeScale total={total} grade={grade} />}
      <ul className={styles.bars}>
        {glance.bars.map((bar) => (
          <li key={bar.name}>
            <Level1Bar
              bar={bar}
              lang={lang}
              onSelect={bar.range ? () => void controller.goTo(evaluation.sheetName, bar.range!) : undefined}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The grade bands from 0 to 100 as a scale, the form's band lit, a marker at its total. */
function GradeScale({ total, grade }: { total: number; grade?: Grade }) {
  const styles = useStyles();
  return (
    <svg className={styles.svg} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
      {GRADES.map((g, i) => {
        const from = GRADE_FLOOR[g];
        const to = i === 0 ? 100 : GRADE_FLOOR[GRADES[i - 1]];
        return (
          <rect
            key={g}
            x={from}
            y={2}
            width={to - from - 0.4}
            height={6}
            className={g === grade ? styles.bandOn : styles.band}
          />
        );
      })}
      <rect x={Math.max(0, Math.min(99, total - 0.5))} y={0} width={1} height={10} className={styles.marker} />
    </svg>
  );
}

/** A 一级指标's score of its 分值 as a bar, the points lost in colour; a button that selects its rows. */
function Level1Bar({ bar, lang, onSelect }: { bar: GlanceBar; lang: Lang; onSelect?: () => void }) {
  const styles = useStyles();
  const lost = Math.max(0, bar.weight - bar.score);
  const scale = bar.weight > 0 ? 100 / bar.weight : 0;
  return (
    <button
      type="button"
      className={styles.bar}
      disabled={!onSelect}
      onClick={onSelect}
      aria-label={clauses(
        [
          `${bar.name} ${points(bar.score)} / ${points(bar.weight)}`,
          ...(lost > 0 ? [`${t('lost', lang)} ${points(lost)}`] : []),
        ],
        lang,
      )}
    >
      <span className={styles.label}>
        <Caption1>{bar.name}</Caption1>
        <Caption1>
          {points(bar.score)} / {points(bar.weight)}
          {lost > 0 && ` · ${t('lost', lang)} ${points(lost)}`}
        </Caption1>
      </span>
      <svg className={styles.svg} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
        <rect x={0} y={1} width={100} height={8} className={styles.rest} />
        <rect x={0} y={1} width={Math.min(100, bar.score * scale)} height={8} className={styles.score} />
        {lost > 0 && <rect x={bar.score * scale} y={1} width={lost * scale} height={8} className={styles.lost} />}
      </svg>
    </button>
  );
}

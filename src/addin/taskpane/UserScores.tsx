import { Button, Text, makeStyles } from '@fluentui/react-components';
import type { Controller } from '../../app/controller';
import type { UserScore } from '../../app/plan';
import type { Lang } from '../../core/findings';
import { points } from './format';
import { clauses, counted, labelled, t } from './i18n';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '6px', alignItems: 'center', flexWrap: 'wrap' },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
});

/** The scores the user typed: kept and checked; each can go back to the rule score. */
export function UserScores({ controller, scores, lang }: { controller: Controller; scores: UserScore[]; lang: Lang }) {
  const styles = useStyles();
  // A typed score equal to the rule's needs nothing: only those that differ are worth the user's attention.
  const differing = scores.filter(
    (s) => s.ruleScore === undefined || s.stated === undefined || Math.abs(s.stated - s.ruleScore) >= 0.005,
  );
  if (differing.length === 0) return null;
  return (
    <section aria-label={t('userScores', lang)}>
      <Text as="h2" size={300} weight="semibold">
        {counted(t('userScores', lang), differing.length, lang)}
      </Text>
      {differing.length < scores.length && (
        <Text block size={200}>
          {t('sameAsRule', lang).replace('{n}', String(scores.length - differing.length))}
        </Text>
      )}
      <ul className={styles.list}>
        {differing.map((s) => (
          <li key={s.key} className={styles.row}>
            <Text>
              {labelled(`${s.cell} ${s.indicator}`, lang)}
              {clauses(
                [
                  `${t('stated', lang)} ${s.stated === undefined ? '—' : points(s.stated)}`,
                  `${t('ruleScore', lang)} ${s.ruleScore === undefined ? '—' : points(s.ruleScore)}`,
                ],
                lang,
              )}
            </Text>
            {s.ruleScore !== undefined && (
              <Button
                size="small"
                onClick={() => void controller.resetScore(s.key)}
                aria-label={`${t('resetScore', lang)} ${s.indicator}`}
              >
                {t('resetScore', lang)}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

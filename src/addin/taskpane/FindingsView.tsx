import { useMemo, useState } from 'react';
import { Badge, Input, Text, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Controller } from '../../app/controller';
import type { Evaluation } from '../../app/plan';
import { SEVERITY_NAME, SEVERITY_ORDER, type Finding, type Lang, type Severity } from '../../core/findings';
import { points, SEVERITY_COLOR } from './format';
import { FindingItem } from './FindingItem';
import { UserScores } from './UserScores';
import { counted, labelled, t } from './i18n';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  filters: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'center' },
  search: { flex: '1 1 10em', minWidth: 0, maxWidth: '100%' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
});

export function FindingsView({
  controller,
  evaluation,
  lang,
}: {
  controller: Controller;
  evaluation?: Evaluation;
  lang: Lang;
}) {
  const styles = useStyles();
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [query, setQuery] = useState('');
  const findings = useMemo(() => evaluation?.findings ?? [], [evaluation]);
  const filtered = useMemo(() => filter(findings, shown, query, lang), [findings, shown, query, lang]);
  if (!evaluation) return <Text>{t('noEvaluation', lang)}</Text>;
  const counts = Object.fromEntries(
    SEVERITY_ORDER.map((s) => [s, findings.filter((f) => f.severity === s).length]),
  ) as Record<Severity, number>;
  return (
    <section className={styles.column} aria-label={t('tabFindings', lang)}>
      <Text weight="semibold">
        {labelled(t('sheet', lang), lang)}
        {evaluation.sheetName}
        {evaluation.ruleTotals.map((total, i) => {
          return total === undefined ? null : (
            <span key={i}>
              {' · '}
              {t('ruleTotal', lang)} {points(total)}
            </span>
          );
        })}
      </Text>
      <div className={styles.filters} role="group" aria-label={t('search', lang)}>
        {SEVERITY_ORDER.map((s) => (
          <ToggleButton
            key={s}
            size="small"
            checked={shown[s]}
            onClick={() => setShown({ ...shown, [s]: !shown[s] })}
            icon={<Badge color={SEVERITY_COLOR[s]} appearance="filled" size="small" />}
          >
            {SEVERITY_NAME[s].many[lang]} {counts[s]}
          </ToggleButton>
        ))}
        <Input
          className={styles.search}
          size="small"
          value={query}
          onChange={(_, d) => setQuery(d.value)}
          placeholder={t('search', lang)}
          aria-label={t('search', lang)}
        />
      </div>
      <UserScores controller={controller} scores={evaluation.userScores} lang={lang} />
      {findings.length === 0 ? (
        <Text>{t('noFindings', lang)}</Text>
      ) : (
        SEVERITY_ORDER.map((s) => {
          const group = filtered.filter((f) => f.severity === s);
          if (group.length === 0) return null;
          return (
            <div key={s} className={styles.column}>
              <Text as="h2" size={300} weight="semibold">
                {counted(SEVERITY_NAME[s].many[lang], group.length, lang)}
              </Text>
              <ul className={styles.list}>
                {group.map((f, i) => (
                  <li key={`${f.code}-${f.cell}-${i}`}>
                    <FindingItem finding={f} lang={lang} onSelect={() => void controller.select(f)} />
                  </li>
                ))}
              </ul>
            </div>
          );
        })
      )}
    </section>
  );
}

function filter(findings: Finding[], shown: Record<Severity, boolean>, query: string, lang: Lang): Finding[] {
  const q = query.trim().toLowerCase();
  return findings.filter((f) => {
    if (!shown[f.severity]) return false;
    if (!q) return true;
    return [f.cell, f.indicator, f.code, f.message[lang]].some((x) => x?.toLowerCase().includes(q));
  });
}

import { useState } from 'react';
import { Badge, Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { EXPLAIN } from '../../core/explain';
import type { Finding, Lang } from '../../core/findings';
import { SEVERITY_COLOR } from './format';
import { labelled, t } from './i18n';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: '6px 8px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: 'flex', gap: '6px', alignItems: 'baseline', flexWrap: 'wrap' },
  cellButton: { minWidth: 'auto', padding: '0 4px', fontFamily: tokens.fontFamilyMonospace },
  detail: { color: tokens.colorNeutralForeground2 },
});

/** One finding: its cell (a button that selects it), its indicator and message; the rule and fix on demand. */
export function FindingItem({ finding, lang, onSelect }: { finding: Finding; lang: Lang; onSelect: () => void }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const explain = EXPLAIN[finding.code];
  return (
    <article className={styles.card} aria-label={`${finding.cell ?? ''} ${finding.message[lang]}`}>
      <div className={styles.head}>
        <Badge color={SEVERITY_COLOR[finding.severity]} appearance="tint" size="small">
          {t(`${finding.severity}One`, lang)}
        </Badge>
        {finding.cell && (
          <Button
            size="small"
            appearance="transparent"
            className={styles.cellButton}
            onClick={onSelect}
            aria-label={`${t('goToCell', lang)} ${finding.cell}`}
          >
            {finding.cell}
          </Button>
        )}
        {finding.indicator && <Text weight="semibold">{finding.indicator}</Text>}
      </div>
      <Text>{finding.message[lang]}</Text>
      <Button size="small" appearance="transparent" onClick={() => setOpen(!open)} aria-expanded={open}>
        {finding.code}
      </Button>
      {open && (
        <div className={styles.detail}>
          {finding.expected !== undefined && (
            <Caption1 block>
              {labelled(t('expected', lang), lang)}
              {String(finding.expected)}
            </Caption1>
          )}
          {finding.found !== undefined && (
            <Caption1 block>
              {labelled(t('found', lang), lang)}
              {String(finding.found)}
            </Caption1>
          )}
          <Caption1 block>
            {labelled(t('rule', lang), lang)}
            {explain.rule[lang]}
          </Caption1>
          <Caption1 block>
            {labelled(t('fix', lang), lang)}
            {explain.fix[lang]}
          </Caption1>
        </div>
      )}
    </article>
  );
}

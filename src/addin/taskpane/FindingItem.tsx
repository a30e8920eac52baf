import { useState, type MouseEvent } from 'react';
import { Badge, Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { FINDING_CODES, SEVERITY_NAME, type Finding, type Lang } from '../../core/findings';
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
    overflowWrap: 'anywhere',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  head: { display: 'flex', gap: '6px', alignItems: 'center', flexWrap: 'wrap' },
  cellButton: { minWidth: 'auto', padding: '0 4px', fontFamily: tokens.fontFamilyMonospace },
  detail: { color: tokens.colorNeutralForeground2 },
  code: { display: 'flex', gap: '4px', alignItems: 'center', flexWrap: 'wrap', color: tokens.colorNeutralForeground3 },
  codeText: { fontFamily: tokens.fontFamilyMonospace, userSelect: 'text', cursor: 'text' },
  copy: { minWidth: 'auto', height: 'auto', padding: '0 4px', fontSize: tokens.fontSizeBase100 },
});

/**
 * One finding, words first: what is wrong in plain words, what was expected, the rule and the fix; its code small
 * and copyable. A click anywhere on the card selects the cell to change; the cell button does it from the keyboard.
 */
export function FindingItem({ finding, lang, onSelect }: { finding: Finding; lang: Lang; onSelect: () => void }) {
  const styles = useStyles();
  const [copied, setCopied] = useState(false);
  const explain = FINDING_CODES[finding.code];
  const onCard = (e: MouseEvent<HTMLElement>) => {
    // The code's own controls, and text being selected to copy, are not a request to go to the cell.
    if ((e.target as HTMLElement).closest('[data-no-select]')) return;
    if (window.getSelection()?.toString()) return;
    if (finding.cell && !(e.target as HTMLElement).closest('button')) onSelect();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(finding.code);
      setCopied(true);
    } catch {
      // Without clipboard access the code stays selectable text.
      setCopied(false);
    }
  };
  return (
    <article className={styles.card} aria-label={`${finding.cell ?? ''} ${finding.message[lang]}`} onClick={onCard}>
      <div className={styles.head}>
        <Badge color={SEVERITY_COLOR[finding.severity]} appearance="tint" size="small">
          {SEVERITY_NAME[finding.severity].one[lang]}
        </Badge>
        {finding.indicator && <Text weight="semibold">{finding.indicator}</Text>}
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
      </div>
      <Text>{finding.message[lang]}</Text>
      <div className={styles.detail}>
        {(finding.expected !== undefined || finding.found !== undefined) && (
          <Caption1 block>
            {[
              finding.expected !== undefined && `${labelled(t('expected', lang), lang)}${String(finding.expected)}`,
              finding.found !== undefined && `${labelled(t('found', lang), lang)}${String(finding.found)}`,
            ]
              .filter(Boolean)
              .join(lang === 'zh' ? '；' : '; ')}
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
      <div className={styles.code} data-no-select>
        <Caption1 className={styles.codeText}>{finding.code}</Caption1>
        <Button
          size="small"
          appearance="subtle"
          className={styles.copy}
          onClick={() => void copy()}
          aria-label={`${t('copyCode', lang)} ${finding.code}`}
        >
          {copied ? t('codeCopied', lang) : t('copyCode', lang)}
        </Button>
      </div>
    </article>
  );
}

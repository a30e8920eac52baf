import { useState } from 'react';
import { Button, Caption1, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Controller } from '../../app/controller';
import type { ReportOutcome } from '../../app/reportDraft';
import type { Lang } from '../../core/findings';
import { plainText } from '../../core/report/text';
import { counted, labelled, t } from './i18n';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  bar: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    padding: '6px 8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
});

/** Annex 2: draft it, see what a redraft would change in paragraphs the user rewrote, copy it, export it. */
export default function ReportView({
  controller,
  report,
  lang,
  busy,
}: {
  controller: Controller;
  report?: ReportOutcome;
  lang: Lang;
  busy: boolean;
}) {
  const styles = useStyles();
  const [left, setLeft] = useState<Set<string>>(new Set());
  const [fallback, setFallback] = useState<string>();
  const [note, setNote] = useState<string>();
  const draftLang = report?.lang ?? lang;

  const copy = async () => {
    const lines = await controller.reportLines();
    if (!lines) return;
    const text = plainText(lines);
    try {
      await navigator.clipboard.writeText(text);
      setFallback(undefined);
      setNote(t('copied', lang));
    } catch {
      setFallback(text);
      setNote(t('copyFallback', lang));
    }
  };

  const exportDocx = async () => {
    const lines = await controller.reportLines();
    if (!lines) return;
    const [{ reportDocument }, { Packer }] = await Promise.all([import('../../core/report/docx'), import('docx')]);
    const blob = await Packer.toBlob(reportDocument(lines, lines[0]?.text ?? 'report'));
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${report?.reportSheet ?? '自评报告'}.docx`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const proposals = (report?.proposals ?? []).filter((p) => !left.has(p.id));
  return (
    <section className={styles.column} aria-label={t('tabReport', lang)}>
      <div className={styles.bar} role="toolbar" aria-label={t('tabReport', lang)}>
        <Button appearance="primary" disabled={busy} onClick={() => void controller.draftReport(draftLang)}>
          {t('draft', lang)}
        </Button>
        <Button disabled={busy} onClick={() => void controller.draftReport(draftLang === 'zh' ? 'en' : 'zh')}>
          {draftLang === 'zh' ? t('draftEnglish', lang) : t('draftChinese', lang)}
        </Button>
        <Button disabled={busy || !report} onClick={() => void copy()}>
          {t('copyText', lang)}
        </Button>
        <Button disabled={busy || !report} onClick={() => void exportDocx()}>
          {t('exportDocx', lang)}
        </Button>
      </div>
      {note && <Caption1 role="status">{note}</Caption1>}
      {fallback !== undefined && (
        <Textarea
          readOnly
          value={fallback}
          resize="vertical"
          aria-label={t('copyText', lang)}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
      {!report ? (
        <Text>{t('noReport', lang)}</Text>
      ) : (
        <Text>
          {labelled(t('reportAt', lang), lang)}
          {report.reportSheet}
        </Text>
      )}
      {proposals.length > 0 && (
        <>
          <Text as="h2" size={300} weight="semibold">
            {counted(t('proposals', lang), proposals.length, lang)}
          </Text>
          <ul className={styles.list}>
            {proposals.map((p) => (
              <li key={p.id} className={styles.card}>
                <Caption1>{p.id}</Caption1>
                <Text>
                  <b>{labelled(t('current', lang), lang)}</b>
                  {p.current}
                </Text>
                <Text>
                  <b>{labelled(t('proposed', lang), lang)}</b>
                  {p.proposed}
                </Text>
                <div className={styles.bar}>
                  <Button size="small" disabled={busy} onClick={() => void controller.draftReport(draftLang, [p.id])}>
                    {t('take', lang)}
                  </Button>
                  <Button size="small" onClick={() => setLeft(new Set([...left, p.id]))}>
                    {t('leave', lang)}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

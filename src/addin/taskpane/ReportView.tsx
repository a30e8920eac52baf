import { useState } from 'react';
import { Button, Caption1, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Controller } from '../../app/controller';
import type { ReportOutcome } from '../../app/reportDraft';
import type { Lang } from '../../core/findings';
import { plainText, type ReportLine } from '../../core/report/text';
import { ATTACHMENT_LINE, marksIn } from '../../core/report/words';
import { download } from './download';
import { counted, labelled, t } from './i18n';
import ReportOutline from './ReportOutline';

/**
 * Paragraphs the user chose to keep (保留我的), by report sheet and paragraph, with the text they kept: a choice
 * outlives the view (a tab or language switch) and lapses once the user changes that paragraph.
 */
const keptChoices = new Map<string, string>();
const keptKey = (sheet: string, id: string) => `${sheet}\u0000${id}`;

/** The warning that gap marks are left, after copying or exporting; '' when none are. */
function gapsWarning(lines: ReportLine[], lang: Lang): string {
  const gaps = lines.reduce((n, l) => n + marksIn(l.text).length, 0);
  return gaps > 0 ? t('gapsLeft', lang).replace('{n}', String(gaps)) : '';
}

/** The report as a Word document and its file name (docx is loaded on the first export, not with the pane). */
async function reportDocx(
  lines: ReportLine[],
  doc: ReportOutcome['document'] | undefined,
  lang: Lang,
): Promise<{ blob: Blob; name: string }> {
  const [{ reportDocument }, { documentDate }, { Packer }] = await Promise.all([
    import('../../core/report/docx'),
    import('../../core/report/document'),
    import('docx'),
  ]);
  const title = lines.find((l) => l.role === 'title')?.text ?? doc?.title ?? 'report';
  const blob = await Packer.toBlob(
    reportDocument(lines, title, {
      attachment: ATTACHMENT_LINE[lang],
      signature: doc?.unit ? { unit: doc.unit, date: documentDate(new Date(), lang) } : undefined,
    }),
  );
  return { blob, name: doc?.fileName ?? `${title}.docx` };
}

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
  const [, setKeptVersion] = useState(0);
  const [fallback, setFallback] = useState<string>();
  const [note, setNote] = useState<string>();
  const draftLang = report?.lang ?? lang;

  const copy = async () => {
    const lines = await controller.reportLines();
    if (!lines) return;
    const text = plainText(lines);
    const warning = gapsWarning(lines, lang);
    const warn = warning ? ` ${warning}` : '';
    try {
      await navigator.clipboard.writeText(text);
      setFallback(undefined);
      setNote(`${t('copied', lang)}${warn}`);
    } catch {
      setFallback(text);
      setNote(`${t('copyFallback', lang)}${warn}`);
    }
  };

  const exportDocx = async () => {
    const lines = await controller.reportLines();
    if (!lines) return;
    const { blob, name } = await reportDocx(lines, report?.document, draftLang);
    setNote(gapsWarning(lines, lang) || undefined);
    download(blob, name);
  };

  const sheet = report?.reportSheet ?? '';
  const proposals = (report?.proposals ?? []).filter((p) => keptChoices.get(keptKey(sheet, p.id)) !== p.current);
  const keep = (id: string, current: string) => {
    keptChoices.set(keptKey(sheet, id), current);
    setKeptVersion((v) => v + 1);
  };
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
      {report && <GapList controller={controller} report={report} lang={lang} />}
      {proposals.length > 0 && (
        <Proposals
          proposals={proposals}
          lang={lang}
          busy={busy}
          onTake={(id) => void controller.draftReport(draftLang, [id])}
          onKeep={keep}
        />
      )}
      {report && (
        <ReportOutline
          key={`${report.reportSheet}\u0000${JSON.stringify(report.outline)}`}
          controller={controller}
          report={report}
          lang={lang}
          busy={busy}
        />
      )}
    </section>
  );
}

/** The gap marks left in the report, each a button that selects its cell on the report sheet. */
function GapList({ controller, report, lang }: { controller: Controller; report: ReportOutcome; lang: Lang }) {
  const styles = useStyles();
  const gaps = report.gaps;
  return (
    <>
      <Text as="h2" size={300} weight="semibold">
        {counted(
          t('gaps', lang),
          gaps.reduce((n, g) => n + g.marks.length, 0),
          lang,
        )}
      </Text>
      {gaps.length === 0 ? (
        <Caption1>{t('noGaps', lang)}</Caption1>
      ) : (
        <ul className={styles.list} aria-label={t('gaps', lang)}>
          {gaps.map((g) => (
            <li key={g.id}>
              <Button
                appearance="subtle"
                size="small"
                onClick={() => void controller.selectCell(report.reportSheet, g.cell)}
              >
                {g.label}
              </Button>
              <Caption1>{g.marks.join(' ')}</Caption1>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Paragraphs the user rewrote that a redraft would change: now and the new draft, to take or to leave. */
function Proposals({
  proposals,
  lang,
  busy,
  onTake,
  onKeep,
}: {
  proposals: ReportOutcome['proposals'];
  lang: Lang;
  busy: boolean;
  onTake: (id: string) => void;
  onKeep: (id: string, current: string) => void;
}) {
  const styles = useStyles();
  return (
    <>
      <Text as="h2" size={300} weight="semibold">
        {counted(t('proposals', lang), proposals.length, lang)}
      </Text>
      <ul className={styles.list}>
        {proposals.map((p) => (
          <li key={p.id} className={styles.card}>
            <Caption1>{p.label}</Caption1>
            <Text>
              <b>{labelled(t('current', lang), lang)}</b>
              {p.current}
            </Text>
            <Text>
              <b>{labelled(t('proposed', lang), lang)}</b>
              {p.proposed}
            </Text>
            <div className={styles.bar}>
              <Button size="small" disabled={busy} onClick={() => onTake(p.id)}>
                {t('take', lang)}
              </Button>
              <Button size="small" onClick={() => onKeep(p.id, p.current)}>
                {t('leave', lang)}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

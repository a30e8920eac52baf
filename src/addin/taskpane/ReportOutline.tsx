import { useState } from 'react';
import { Button, Caption1, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Controller } from '../../app/controller';
import type { ReportOutcome } from '../../app/reportDraft';
import type { Lang } from '../../core/findings';
import {
  OUTLINES,
  moveSection,
  renameSection,
  type Outline,
  type OutlineSection,
  type SectionPath,
} from '../../core/report/outline';

/** The outline editor's own words (zh first). */
const WORDS = {
  title: { zh: '报告提纲', en: 'Report outline' },
  hint: {
    zh: '可改写标题、调整章节顺序（编号随位置自动调整）。保存后报告按新提纲重新生成，提纲随工作簿保存。',
    en: 'Reword headings or reorder sections (numbers follow their places). Saving redrafts the report to the new outline, which is kept with the workbook.',
  },
  up: { zh: '上移', en: 'Move up' },
  down: { zh: '下移', en: 'Move down' },
  save: { zh: '保存提纲并重新生成', en: 'Save the outline and redraft' },
  reset: { zh: '恢复默认提纲', en: 'Back to the default outline' },
};

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', gap: '4px' },
  input: { flexGrow: 1, minWidth: 0 },
  bar: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
});

interface Row {
  path: SectionPath;
  section: OutlineSection;
  siblings: number;
}

function rowsOf(sections: OutlineSection[], parent: SectionPath = []): Row[] {
  return sections.flatMap((section, i) => [
    { path: [...parent, i], section, siblings: sections.length },
    ...rowsOf(section.sections ?? [], [...parent, i]),
  ]);
}

/**
 * The report's outline as the user may change it — headings reworded, sections moved among their siblings —
 * saved into the workbook's profile with a redraft. Which sentences go under a heading moves with the heading.
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
  const headingLang = report.lang;
  const changed = JSON.stringify(draft) !== JSON.stringify(report.outline);
  const isDefault = JSON.stringify(draft) === JSON.stringify(OUTLINES[report.kind]);
  return (
    <section className={styles.column} aria-label={WORDS.title[lang]}>
      <Text as="h2" size={300} weight="semibold">
        {WORDS.title[lang]}
      </Text>
      <Caption1>{WORDS.hint[lang]}</Caption1>
      {rowsOf(draft.sections).map(({ path, section, siblings }) => {
        const heading = section.heading[headingLang];
        const at = path[path.length - 1];
        return (
          <div key={path.join('.')} className={styles.row} style={{ paddingLeft: `${(path.length - 1) * 16}px` }}>
            <Input
              className={styles.input}
              size="small"
              value={heading}
              aria-label={heading}
              onChange={(_, d) => setDraft(renameSection(draft, path, headingLang, d.value))}
            />
            <Button
              size="small"
              appearance="subtle"
              aria-label={`${WORDS.up[lang]} ${heading}`}
              disabled={at === 0}
              onClick={() => setDraft(moveSection(draft, path, -1))}
            >
              ↑
            </Button>
            <Button
              size="small"
              appearance="subtle"
              aria-label={`${WORDS.down[lang]} ${heading}`}
              disabled={at === siblings - 1}
              onClick={() => setDraft(moveSection(draft, path, 1))}
            >
              ↓
            </Button>
          </div>
        );
      })}
      <div className={styles.bar}>
        <Button
          appearance="primary"
          size="small"
          disabled={busy || !changed}
          onClick={() => void controller.setReportOutline(report.kind, draft)}
        >
          {WORDS.save[lang]}
        </Button>
        <Button size="small" disabled={isDefault} onClick={() => setDraft(OUTLINES[report.kind])}>
          {WORDS.reset[lang]}
        </Button>
      </div>
    </section>
  );
}

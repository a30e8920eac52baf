import { AlignmentType, Document, Paragraph, TextRun } from 'docx';
import type { ReportLine } from './text';

/** 仿宋 for the body and 黑体 for headings, as government reports are set; Word falls back where they are missing. */
const BODY_FONT = { ascii: 'FangSong', eastAsia: '仿宋', hAnsi: 'FangSong' };
const HEADING_FONT = { ascii: 'SimHei', eastAsia: '黑体', hAnsi: 'SimHei' };
/** Sizes in half-points: 三号 (16 pt) body, 二号 (22 pt) title. */
const BODY_SIZE = 32;
const TITLE_SIZE = 44;

/** The report as a Word document: A4, title centred, headings bold, body in 仿宋 with a two-character indent. */
export function reportDocument(lines: ReportLine[], title: string): Document {
  const paragraphs = lines.map((line) => {
    if (line.role === 'title') {
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 240 },
        children: [new TextRun({ text: line.text, bold: true, size: TITLE_SIZE, font: HEADING_FONT })],
      });
    }
    if (line.role === 'heading') {
      return new Paragraph({
        spacing: { before: 120, after: 60 },
        children: [new TextRun({ text: line.text, bold: true, size: BODY_SIZE, font: HEADING_FONT })],
      });
    }
    return new Paragraph({
      indent: { firstLine: 640 },
      spacing: { line: 560 },
      children: [new TextRun({ text: line.text, size: BODY_SIZE, font: BODY_FONT })],
    });
  });
  return new Document({
    title,
    creator: 'ZiPing',
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } },
        },
        children: paragraphs,
      },
    ],
  });
}

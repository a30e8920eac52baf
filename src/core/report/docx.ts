import { AlignmentType, Document, Footer, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx';
import type { ReportLine } from './text';

/**
 * The typefaces of a 公文 (GB/T 9704): title 小标宋 (黑体 where it is missing), 一、 headings 黑体, （一） headings
 * 楷体, body 仿宋. Word falls back to the next installed face of the same name family.
 */
const FONTS = {
  title: { ascii: 'SimHei', eastAsia: '方正小标宋简体', hAnsi: 'SimHei' },
  heading1: { ascii: 'SimHei', eastAsia: '黑体', hAnsi: 'SimHei' },
  heading2: { ascii: 'KaiTi', eastAsia: '楷体_GB2312', hAnsi: 'KaiTi' },
  body: { ascii: 'FangSong', eastAsia: '仿宋_GB2312', hAnsi: 'FangSong' },
  pageNumber: { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' },
};
/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
const SIZE = { title: 44, body: 32, pageNumber: 28 };
/** Exact 28 pt line spacing (in twentieths of a point), as 公文 set 22 lines a page. */
const LINE = { line: 560, lineRule: LineRuleType.EXACT };
/** A4, and the 公文 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (in twips). */
const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: 2098, bottom: 1984, left: 1588, right: 1474, footer: 1247 },
};

interface DocumentOptions {
  /** The line above the title, "附件2"; none when undefined. */
  attachment?: string;
  /** The unit's name and the date, right-aligned at the end. */
  signature?: { unit: string; date: string };
}

type Level = 'title' | 'heading1' | 'heading2' | 'heading3' | 'body';

/** A heading's level by its numbering: 一、 → 1, （一） → 2, 1、 or 1. → 3; the English outline's 1. / 1.1 alike. */
function headingLevel(text: string): 'heading1' | 'heading2' | 'heading3' {
  if (/^[一二三四五六七八九十]+、/.test(text) || /^\d+\.\s/.test(text)) return 'heading1';
  if (/^[（(][一二三四五六七八九十]+[）)]/.test(text) || /^\d+\.\d+\s/.test(text)) return 'heading2';
  return 'heading3';
}

function levelOf(line: ReportLine): Level {
  if (line.role === 'title') return 'title';
  if (line.role === 'heading') return headingLevel(line.text);
  return 'body';
}

function paragraph(line: ReportLine): Paragraph {
  const level = levelOf(line);
  const run = (font: (typeof FONTS)[keyof typeof FONTS], bold = false, size = SIZE.body) =>
    new TextRun({ text: line.text, font, size, bold });
  switch (level) {
    case 'title':
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: 560, line: 700, lineRule: LineRuleType.EXACT },
        keepNext: true,
        children: [run(FONTS.title, false, SIZE.title)],
      });
    case 'heading1':
      return new Paragraph({
        spacing: LINE,
        indent: { firstLine: 640 },
        keepNext: true,
        children: [run(FONTS.heading1)],
      });
    case 'heading2':
      return new Paragraph({
        spacing: LINE,
        indent: { firstLine: 640 },
        keepNext: true,
        children: [run(FONTS.heading2)],
      });
    case 'heading3':
      return new Paragraph({
        spacing: LINE,
        indent: { firstLine: 640 },
        keepNext: true,
        children: [run(FONTS.body, true)],
      });
    case 'body':
      return new Paragraph({
        spacing: LINE,
        indent: { firstLine: 640 },
        alignment: AlignmentType.JUSTIFIED,
        children: [run(FONTS.body)],
      });
  }
}

/**
 * The report as a 公文 reader expects it: A4 with 公文 margins, the optional 附件 line, the title, headings kept
 * with what follows, body 仿宋 三号 at exact 28 pt, the unit and date at the end, page numbers "— 1 —" below.
 */
export function reportDocument(lines: ReportLine[], title: string, options: DocumentOptions = {}): Document {
  const children: Paragraph[] = [];
  if (options.attachment)
    children.push(
      new Paragraph({
        spacing: LINE,
        children: [new TextRun({ text: options.attachment, font: FONTS.heading1, size: SIZE.body })],
      }),
    );
  children.push(...lines.map(paragraph));
  if (options.signature) {
    const right = (text: string, before = 0) =>
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { ...LINE, before },
        indent: { right: 640 },
        children: [new TextRun({ text, font: FONTS.body, size: SIZE.body })],
      });
    children.push(right(options.signature.unit, 560), right(options.signature.date));
  }
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: FONTS.pageNumber,
            size: SIZE.pageNumber,
          }),
        ],
      }),
    ],
  });
  return new Document({
    title,
    creator: 'ZiPing',
    sections: [{ properties: { page: PAGE }, footers: { default: footer }, children }],
  });
}

import { makeZip, type ZipContent, type ZipOptions } from './zip';

const WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** [Content_Types].xml for a package of the given parts (path → content type) besides the workbook itself. */
export function contentTypes(parts: Record<string, string>): string {
  const overrides = Object.entries(parts).map(([name, type]) => `<Override PartName="${name}" ContentType="${type}"/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
${overrides.join('\n')}
</Types>`;
}

export const SHEET1_ONLY = { '/xl/worksheets/sheet1.xml': WORKSHEET };

const CONTENT_TYPES = contentTypes({
  ...SHEET1_ONLY,
  '/xl/worksheets/sheet2.xml': WORKSHEET,
  '/xl/chartsheets/sheet1.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml',
  '/xl/styles.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
});

export const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>`;

const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets>
<sheet name="数据" sheetId="1" r:id="rId1"/>
<sheet name="图表" sheetId="2" r:id="rId2"/>
<sheet name="末页" sheetId="3" r:id="rId3"/>
</sheets>
</workbook>`;

const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`;

/**
 * Style 0 General, 1 a custom "yyyy-mm-dd", 2 the built-in 0.00%, 3 built-in id 31 (what Chinese Excel writes for
 * "2022年12月31日", with no format code in the file), 4 built-in id 14 (the short date).
 */
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy\\-mm\\-dd"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
</cellXfs>
</styleSheet>`;

/**
 * Cells exceljs does not write itself: an inline string with a full-width space, a rich inline string, an error
 * cell, a formula with no cached value, formulas whose cached result is 0 and FALSE, a shared formula filled down (one child computing 0), a formula giving text, dates with a custom and with built-in formats, a cached formula error, a
 * hidden row, and a merge. (No t="d" ISO-date cell: exceljs 4.4 parses its text with parseFloat, "2022-12-31" → 2022.)
 */
const SHEET1 = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">　年度资金总额 </t></is></c><c r="B1"><v>18015.27</v></c></row>
<row r="2" hidden="1"><c r="A2" t="inlineStr"><is><r><rPr><b/></rPr><t>执行</t></r><r><t>率</t></r></is></c><c r="B2" s="2"><v>1</v></c></row>
<row r="3"><c r="A3" t="e"><v>#N/A</v></c><c r="B3"><f>B1*2</f></c><c r="C3"><f>B1-B1</f><v>0</v></c><c r="D3" t="b"><f>B1&lt;0</f><v>0</v></c></row>
<row r="4"><c r="A4" s="1"><v>44926</v></c><c r="B4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C4" t="b"><v>1</v></c></row>
<row r="7"><c r="A7" s="3"><v>44926</v></c><c r="B7" s="4"><v>44926</v></c></row>
<row r="8"><c r="A8"><v>5</v></c><c r="B8"><f t="shared" ref="B8:B10" si="0">A8*2</f><v>10</v></c></row>
<row r="9"><c r="A9"><v>0</v></c><c r="B9"><f t="shared" si="0"/><v>0</v></c></row>
<row r="10"><c r="A10"><v>2.5</v></c><c r="B10"><f t="shared" si="0"/><v>5</v></c><c r="C10" t="str"><f>IF(A10&gt;2,"达成","")</f><v>达成</v></c></row>
</sheetData>
<mergeCells count="1"><mergeCell ref="A5:C6"/></mergeCells>
</worksheet>`;

const SHEET2 = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>末页</t></is></c></row></sheetData></worksheet>`;

const CHARTSHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`;

/** A workbook with a worksheet, a chart sheet and another worksheet, in that order; `sheet1` replaces the first, `extra` adds parts. */
export function handmadeWorkbook(
  options: ZipOptions & { sheet1?: ZipContent; extra?: Record<string, ZipContent> } = {},
): Buffer {
  return makeZip(
    {
      '[Content_Types].xml': CONTENT_TYPES,
      '_rels/.rels': ROOT_RELS,
      'xl/workbook.xml': WORKBOOK,
      'xl/_rels/workbook.xml.rels': WORKBOOK_RELS,
      'xl/styles.xml': STYLES,
      'xl/worksheets/sheet1.xml': options.sheet1 ?? SHEET1,
      'xl/chartsheets/sheet1.xml': CHARTSHEET,
      'xl/worksheets/sheet2.xml': SHEET2,
      ...options.extra,
    },
    options,
  );
}

/**
 * A valid zip with no workbook part. Its (uncompressed) content types still mention "/xl/workbook.xml", which
 * must not be taken for the part itself.
 */
export function zipWithoutWorkbook(): Buffer {
  return makeZip({
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': ROOT_RELS.replace('xl/workbook.xml', 'word/document.xml'),
    'word/document.xml':
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
  });
}

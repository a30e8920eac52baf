import * as fs from 'node:fs';
import * as path from 'node:path';
import { SaxesParser } from 'saxes';
import { validateXML } from 'xmllint-wasm';

/**
 * The offline schema check of a manifest: xmllint (compiled to WebAssembly, no network) against Microsoft's add-in
 * XSDs kept in schemas/office-addin-manifest/. Those 2020 schemas predate <Runtimes> (Microsoft's current
 * [MS-OWEMXML] Task pane 1.0 schema has Host = Runtimes?, AllFormFactors?): that one element is cut out before the
 * check, and tests/manifest checks it on its own.
 */

const SCHEMA_DIR = path.join(__dirname, '..', '..', 'schemas', 'office-addin-manifest');
const MAIN_XSD = 'OfficeAppManifestV1_1.xsd';

/** The manifest without its one <Runtimes> element (found by parsing, so comments that mention it stay). */
export function withoutRuntimes(source: string): { xml: string; removed: string } {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const blocks: Array<{ start: number; end: number }> = [];
  let depth = -1;
  let start = 0;
  let level = 0;
  parser.on('opentag', (tag) => {
    level++;
    if (tag.local === 'Runtimes' && depth < 0) {
      depth = level;
      start = source.lastIndexOf('<Runtimes', parser.position - 1);
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.local === 'Runtimes' && level === depth) {
      blocks.push({ start, end: parser.position });
      depth = -1;
    }
    level--;
  });
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.write(source).close();
  if (error) throw error;
  if (blocks.length !== 1) throw new Error(`expected one <Runtimes>, found ${blocks.length}`);
  const [{ start: s, end: e }] = blocks;
  let cutStart = s;
  while (cutStart > 0 && (source[cutStart - 1] === ' ' || source[cutStart - 1] === '\t')) cutStart--;
  let cutEnd = e;
  if (source[cutEnd] === '\r') cutEnd++;
  if (source[cutEnd] === '\n') cutEnd++;
  return { xml: source.slice(0, cutStart) + source.slice(cutEnd), removed: source.slice(s, e) };
}

interface SchemaResult {
  readonly valid: boolean;
  readonly errors: readonly string[];
}

/** Validates XML against the add-in XSDs as it is (no <Runtimes> removed). */
export async function validateAgainstXsd(xml: string, schemaDir = SCHEMA_DIR): Promise<SchemaResult> {
  const xsds = fs.readdirSync(schemaDir).filter((f) => f.endsWith('.xsd'));
  const file = (name: string) => ({ fileName: name, contents: fs.readFileSync(path.join(schemaDir, name), 'utf8') });
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [file(MAIN_XSD)],
    // The main schema xs:imports the others by file name; xmllint-wasm does no I/O, so they are preloaded.
    preload: xsds.filter((f) => f !== MAIN_XSD).map(file),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.message) };
}

/** The manifest's offline check: the schemas, with <Runtimes> cut out as above. */
export function validateManifest(source: string, schemaDir = SCHEMA_DIR): Promise<SchemaResult> {
  return validateAgainstXsd(withoutRuntimes(source).xml, schemaDir);
}

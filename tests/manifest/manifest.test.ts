// manifest.xml: schema validation (offline, xmllint-wasm against the XSDs in schemas/office-addin-manifest/) and the
// checks of manifestChecks.ts, on the real manifest and on broken copies of it, plus the icons in assets/.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import {
  type AssetReader,
  type CheckName,
  type ManifestContext,
  type Problem,
  type XmlElement,
  NS,
  attr,
  checkFunctions,
  checkIcons,
  checkIdLengths,
  checkLocalization,
  checkManifest,
  checkPermissions,
  checkRequirements,
  checkRibbon,
  checkResources,
  checkSharedRuntime,
  checkUniqueControlIds,
  checkUrls,
  childrenNamed,
  find,
  parseXml,
  readPngSize,
  resources,
  xsiType,
} from './manifestChecks';
import { validateAgainstXsd, withoutRuntimes } from '../../src/build/manifestSchema';
import { RIBBON_CONTROLS, RIBBON_FUNCTIONS, RIBBON_TAB } from '../../src/addin/commands/ribbon';
import { PAGES } from '../../src/build/deployment';

const ROOT = path.join(__dirname, '..', '..');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const FUNCTIONS = RIBBON_FUNCTIONS;
const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];

const readAsset: AssetReader = (urlPath) => {
  if (!urlPath.startsWith('assets/') || urlPath.includes('..')) return undefined;
  const file = path.join(ROOT, urlPath);
  return fs.existsSync(file) ? fs.readFileSync(file) : undefined;
};

const CONTEXT: ManifestContext = {
  functions: FUNCTIONS,
  ribbon: { tab: RIBBON_TAB, controls: RIBBON_CONTROLS },
  readAsset,
  // The dev server's origin and the one page the build serves: the shared runtime's pane, also the function file.
  urlPolicy: { origin: 'https://localhost:3000', pages: [PAGES.taskpane, PAGES.help], assetsPrefix: 'assets/' },
};

/** The manifest with `from` replaced by `to`; fails loudly if `from` is not there (so the broken cases stay real). */
function broken(from: string | RegExp, to: string, all = false, source = MANIFEST): string {
  if (typeof from !== 'string') {
    if (!from.test(source)) throw new Error(`manifest.xml no longer matches ${String(from)}`);
    return source.replace(from, to);
  }
  if (!source.includes(from)) throw new Error(`manifest.xml no longer contains ${from}`);
  return all ? source.split(from).join(to) : source.replace(from, to);
}

const root: XmlElement = parseXml(MANIFEST);

describe('manifest.xml against the Office add-in XSDs (2020)', () => {
  it('fails on <Runtimes> and on nothing else: the 2020 schema predates the shared runtime', async () => {
    const result = await validateAgainstXsd(MANIFEST);
    expect(result.valid).toBe(false);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(`Element '{${NS.ov}}Runtimes': This element is not expected`);
  });

  it('is valid without <Runtimes>, which is checked by checkSharedRuntime instead', async () => {
    // Microsoft's current Task pane 1.0 schema ([MS-OWEMXML]) defines Host as (Runtimes?, AllFormFactors?); the copy in
    // schemas/ has only AllFormFactors. <Runtimes> is the only element the 2020 schema lacks: the manifest uses no
    // other post-2020 markup (no Enabled, OverriddenByRibbonApi, ExtendedOverrides, nested VersionOverrides 1.1 ...).
    const { xml, removed } = withoutRuntimes(MANIFEST);
    expect(removed.replace(/\s+/g, ' ')).toBe('<Runtimes> <Runtime resid="Taskpane.Url" lifetime="long"/> </Runtimes>');
    const stripped = parseXml(xml);
    expect([...find(stripped, 'Runtimes'), ...find(stripped, 'Runtime')]).toEqual([]);
    const result = await validateAgainstXsd(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('rejects a manifest with elements out of schema order (the check can fail)', async () => {
    // In CustomTab the schema wants the groups first, then the tab's Label.
    const tabLabel = '              <Label resid="Tab.Label"/>\n';
    const outOfOrder = broken(
      '<CustomTab id="ZiPing.Tab">\n',
      `<CustomTab id="ZiPing.Tab">\n${tabLabel}`,
      false,
      broken(tabLabel, ''),
    );
    const result = await validateAgainstXsd(withoutRuntimes(outOfOrder).xml);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toContain(`Element '{${NS.ov}}Label': This element is not expected`);
  });

  it('rejects a value outside the schema (Permissions)', async () => {
    const result = await validateAgainstXsd(
      withoutRuntimes(broken('ReadWriteDocument</Permissions>', 'FullControl</Permissions>')).xml,
    );
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toContain(`Element '{${NS.app}}Permissions'`);
  });
});

describe('manifest.xml: own checks', () => {
  const checks: ReadonlyArray<readonly [string, () => Problem[]]> = [
    ['resources: every resid resolves to a resource of the right kind', () => checkResources(root)],
    ['idLength: resource ids, resids and control ids have at most 32 characters', () => checkIdLengths(root)],
    ['uniqueControlIds', () => checkUniqueControlIds(root)],
    [
      'urls: https, on the add-in origin, pages the build serves, no AppDomains',
      () => checkUrls(root, CONTEXT.urlPolicy),
    ],
    [
      'functions: every FunctionName is listed and every listed function is used',
      () => checkFunctions(root, FUNCTIONS),
    ],
    ['icons: files exist in assets/ with the pixel size the manifest says', () => checkIcons(root, readAsset)],
    ['localization: zh-CN by default, en-US overrides everywhere', () => checkLocalization(root)],
    ['requirements: ExcelApi 1.7 and no more', () => checkRequirements(root)],
    ['permissions: ReadWriteDocument', () => checkPermissions(root)],
    ['sharedRuntime: the <Runtimes> block and what goes with it', () => checkSharedRuntime(root)],
    ['ribbon: the tab says what the ribbon list says', () => checkRibbon(root, RIBBON_TAB, RIBBON_CONTROLS)],
  ];
  it.each(checks)('%s', (_name, run) => {
    expect(run()).toEqual([]);
  });

  it('checkManifest runs them all and finds nothing', () => {
    expect(checkManifest(MANIFEST, CONTEXT)).toEqual([]);
  });

  it('declares a long-lived shared runtime on taskpane.html, required as SharedRuntime 1.1 by the VersionOverrides', () => {
    const [runtime] = find(root, 'Runtime', NS.ov);
    expect(attr(runtime, 'lifetime')).toBe('long');
    const url = resources(root).find((r) => r.id === attr(runtime, 'resid'));
    expect(url?.kind).toBe('url');
    expect(url?.value).toBe('https://localhost:3000/taskpane.html');
    const [vo] = find(root, 'VersionOverrides', NS.ov);
    expect(xsiType(vo)).toBe('VersionOverridesV1_0');
    const sets = find(childrenNamed(vo, 'Requirements', NS.ov)[0], 'Set', NS.bt).map((s) => [
      attr(s, 'Name'),
      attr(s, 'MinVersion'),
    ]);
    expect(sets).toEqual([['SharedRuntime', '1.1']]);
    expect(attr(find(vo, 'FunctionFile', NS.ov)[0], 'resid')).toBe('Taskpane.Url');
  });

  it('has the ribbon of the brief: one tab, one group, the insert and indicator-row menus and three buttons', () => {
    const [tab] = find(root, 'CustomTab', NS.ov);
    expect(attr(tab, 'id')).toBe('ZiPing.Tab');
    const groups = childrenNamed(tab, 'Group', NS.ov);
    expect(groups.map((g) => attr(g, 'id'))).toEqual(['ZiPing.Group']);
    const summary = childrenNamed(groups[0], 'Control', NS.ov).map((c) => {
      const action = childrenNamed(c, 'Action', NS.ov)[0];
      const items = find(c, 'Item', NS.ov).map((i) => [attr(i, 'id'), find(i, 'FunctionName', NS.ov)[0]?.text]);
      const pane =
        action && xsiType(action) === 'ShowTaskpane'
          ? [
              childrenNamed(action, 'TaskpaneId', NS.ov)[0]?.text,
              attr(childrenNamed(action, 'SourceLocation', NS.ov)[0], 'resid'),
            ]
          : undefined;
      return {
        type: xsiType(c),
        id: attr(c, 'id'),
        fn: action ? find(action, 'FunctionName', NS.ov)[0]?.text : undefined,
        pane,
        items,
      };
    });
    expect(summary).toEqual([
      {
        type: 'Menu',
        id: 'ZiPing.InsertMenu',
        fn: undefined,
        pane: undefined,
        items: [
          ['ZiPing.InsertDepartment', 'insertDepartmentForm'],
          ['ZiPing.InsertProject', 'insertProjectForm'],
          ['ZiPing.InsertSample', 'insertSampleForm'],
        ],
      },
      {
        type: 'Menu',
        id: 'ZiPing.RowsMenu',
        fn: undefined,
        pane: undefined,
        items: [
          ['ZiPing.AddRow', 'addIndicatorRow'],
          ['ZiPing.DeleteRow', 'deleteIndicatorRow'],
        ],
      },
      { type: 'Button', id: 'ZiPing.Validate', fn: 'validateActiveSheet', pane: undefined, items: [] },
      // 生成报告 runs in the shared runtime and turns the open pane to the report: a pane URL of its own would start a second runtime.
      { type: 'Button', id: 'ZiPing.Report', fn: 'draftReport', pane: undefined, items: [] },
      { type: 'Button', id: 'ZiPing.OpenPane', fn: undefined, pane: ['ZiPing.Taskpane', 'Taskpane.Url'], items: [] },
    ]);
  });

  it('takes its function list from the ribbon list, in ribbon order', () => {
    expect(FUNCTIONS).toEqual([
      'insertDepartmentForm',
      'insertProjectForm',
      'insertSampleForm',
      'addIndicatorRow',
      'deleteIndicatorRow',
      'validateActiveSheet',
      'draftReport',
    ]);
  });
});

describe('manifest checks report what is wrong (each check can fail)', () => {
  const LONG_ID = `ZiPing.${'X'.repeat(33)}`; // 40 characters
  const cases: ReadonlyArray<readonly [string, string, CheckName, string]> = [
    // [what, broken manifest, check expected to complain, part of its message]
    [
      'a dangling resid',
      broken('<Label resid="Validate.Label"/>', '<Label resid="Validate.Lable"/>'),
      'resources',
      'dangling resid "Validate.Lable"',
    ],
    [
      'a resid of the wrong kind',
      broken('<Description resid="Dept.TipDesc"/>', '<Description resid="Dept.TipTitle"/>'),
      'resources',
      'names a short resource, expected long',
    ],
    [
      'a 40-character control id',
      broken('id="ZiPing.Validate"', `id="${LONG_ID}"`),
      'idLength',
      `control id "${LONG_ID}" has 40 characters`,
    ],
    [
      'a 40-character resource id',
      broken('Pane.TipDesc', 'Pane.TipDescriptionOfTheOpenPaneBtn', true),
      'idLength',
      'resource id "Pane.TipDescriptionOfTheOpenPaneBtn"',
    ],
    [
      'a duplicate control id',
      broken('id="ZiPing.Report"', 'id="ZiPing.Validate"'),
      'uniqueControlIds',
      'control id "ZiPing.Validate"',
    ],
    [
      'an http URL',
      broken('https://localhost:3000/assets/icon-20.png', 'http://localhost:3000/assets/icon-20.png'),
      'urls',
      'not https: "http://localhost:3000/assets/icon-20.png"',
    ],
    [
      'a URL on another origin',
      broken(
        '<SupportUrl DefaultValue="https://localhost:3000/help.html"/>',
        '<SupportUrl DefaultValue="https://example.com/help"/>',
      ),
      'urls',
      "outside the add-in's origin",
    ],
    [
      'a page the build does not serve',
      broken(
        '<SupportUrl DefaultValue="https://localhost:3000/help.html"/>',
        '<SupportUrl DefaultValue="https://localhost:3000/report.html"/>',
      ),
      'urls',
      'not a page the build serves',
    ],
    [
      'an AppDomain',
      broken(
        '  <Hosts>\n    <Host Name="Workbook"/>',
        '  <AppDomains>\n    <AppDomain>https://example.com</AppDomain>\n  </AppDomains>\n  <Hosts>\n    <Host Name="Workbook"/>',
      ),
      'urls',
      'AppDomain "https://example.com"',
    ],
    [
      'a function the code does not register',
      broken('<FunctionName>validateActiveSheet</FunctionName>', '<FunctionName>validateSheet</FunctionName>'),
      'functions',
      'FunctionName "validateSheet"',
    ],
    [
      'a listed function no button uses',
      broken('<FunctionName>insertSampleForm</FunctionName>', '<FunctionName>insertProjectForm</FunctionName>'),
      'functions',
      'listed function "insertSampleForm" is not used',
    ],
    [
      'an icon of the wrong size',
      broken('<bt:Image size="20" resid="Icon.20"/>', '<bt:Image size="20" resid="Icon.24"/>'),
      'icons',
      'is 24x24',
    ],
    [
      'an icon file that does not exist',
      broken('assets/icon-40.png', 'assets/icon-41.png'),
      'icons',
      '"assets/icon-41.png" (for',
    ],
    [
      'an icon without its 80 px image',
      broken('                  <bt:Image size="80" resid="Icon.80"/>\n', ''),
      'icons',
      'has no 80px image',
    ],
    [
      'an IconUrl of the wrong size',
      broken(
        '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
        '<IconUrl DefaultValue="https://localhost:3000/assets/icon-16.png"/>',
      ),
      'icons',
      'wants 32x32',
    ],
    [
      'a string without en-US override',
      broken('\n          <bt:Override Locale="en-US" Value="Draft report"/>', ''),
      'localization',
      '"Report.Label"',
    ],
    ['an en-US override in Chinese', broken('Value="Open pane"', 'Value="打开面板"'), 'localization', 'is not English'],
    [
      'DisplayName without en-US override',
      broken('\n    <Override Locale="en-US" Value="ZiPing Performance Self-Evaluation"/>', ''),
      'localization',
      '"DisplayName"',
    ],
    [
      'ExcelApi 1.9',
      broken('<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.9"/>'),
      'requirements',
      'ExcelApi 1.7 exactly once (found 1.9)',
    ],
    [
      'SharedRuntime in the base manifest',
      broken(
        '<Set Name="ExcelApi" MinVersion="1.7"/>',
        '<Set Name="ExcelApi" MinVersion="1.7"/><Set Name="SharedRuntime" MinVersion="1.1"/>',
      ),
      'requirements',
      'also requires SharedRuntime',
    ],
    [
      'ReadDocument permission',
      broken('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadDocument</Permissions>'),
      'permissions',
      'expected ReadWriteDocument',
    ],
    ['a short-lived runtime', broken('lifetime="long"', 'lifetime="short"'), 'sharedRuntime', 'lifetime="long"'],
    [
      'a Runtime resid that names no URL',
      broken('<Runtime resid="Taskpane.Url"', '<Runtime resid="Commands.Url"'),
      'sharedRuntime',
      'does not name a bt:Url',
    ],
    [
      'no SharedRuntime requirement',
      broken('<bt:Set Name="SharedRuntime" MinVersion="1.1"/>', '<bt:Set Name="RibbonApi" MinVersion="1.1"/>'),
      'sharedRuntime',
      'must require SharedRuntime 1.1',
    ],
    [
      'a FunctionFile other than the runtime page',
      broken('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="LearnMore.Url"/>'),
      'sharedRuntime',
      'differs from the Runtime resid',
    ],
    [
      'two task panes',
      broken(
        '<Action xsi:type="ExecuteFunction">\n                    <FunctionName>draftReport</FunctionName>\n                  </Action>',
        '<Action xsi:type="ShowTaskpane">\n                    <TaskpaneId>ZiPing.Other</TaskpaneId>\n                    <SourceLocation resid="Taskpane.Url"/>\n                  </Action>',
      ),
      'sharedRuntime',
      'several TaskpaneIds',
    ],
    [
      'a VersionOverrides 1.1 (Outlook only)',
      broken('xsi:type="VersionOverridesV1_0"', 'xsi:type="VersionOverridesV1_1"'),
      'sharedRuntime',
      'exactly one VersionOverridesV1_0',
    ],
    [
      'an English label the ribbon list does not have',
      broken('Value="Validate this sheet"/>', 'Value="Check sheet"/>'),
      'ribbon',
      'ZiPing.Validate label: the manifest says "校验本表" / "Check sheet", the ribbon list "校验本表" / "Validate this sheet"',
    ],
    [
      'a tip in Chinese the ribbon list does not have',
      broken('DefaultValue="根据本表起草《自评报告》（附件2）。"', 'DefaultValue="起草报告。"'),
      'ribbon',
      'ZiPing.Report tip description: the manifest says "起草报告。"',
    ],
    [
      'a function the ribbon list does not name',
      broken('<FunctionName>draftReport</FunctionName>', '<FunctionName>validateActiveSheet</FunctionName>'),
      'ribbon',
      'ZiPing.Report: the manifest runs validateActiveSheet, the ribbon list draftReport',
    ],
    [
      'controls in another order',
      broken('id="ZiPing.Validate"', 'id="ZiPing.Report"', false, broken('id="ZiPing.Report"', 'id="ZiPing.Validate"')),
      'ribbon',
      'control 3 is "ZiPing.Report", the ribbon list has "ZiPing.Validate" there',
    ],
    [
      'a menu item left out',
      broken(/<Item id="ZiPing.InsertSample">[\s\S]*?<\/Item>\s*/, ''),
      'ribbon',
      'ZiPing.InsertSample (insertSampleForm) is in the ribbon list but not in menu ZiPing.InsertMenu',
    ],
    [
      'the pane button running a function',
      broken(
        /<Action xsi:type="ShowTaskpane">[\s\S]*?<\/Action>/,
        '<Action xsi:type="ExecuteFunction"><FunctionName>draftReport</FunctionName></Action>',
      ),
      'ribbon',
      'ZiPing.OpenPane: the manifest does not open the task pane',
    ],
  ];

  it.each(cases)('reports %s', (_what, xml, check, message) => {
    const problems = checkManifest(xml, CONTEXT);
    expect(
      problems
        .filter((p) => p.check === check)
        .map((p) => p.message)
        .join('\n'),
    ).toContain(message);
  });

  it('reports every problem of a manifest broken in many ways at once', () => {
    let xml = broken('<Label resid="Validate.Label"/>', '<Label resid="Validate.Lable"/>');
    xml = broken('id="ZiPing.Validate"', `id="${LONG_ID}"`, false, xml);
    xml = broken('id="ZiPing.Report"', 'id="ZiPing.OpenPane"', false, xml);
    xml = broken('https://localhost:3000/assets/icon-20.png', 'http://localhost:3000/assets/icon-20.png', false, xml);
    xml = broken(
      '<FunctionName>validateActiveSheet</FunctionName>',
      '<FunctionName>validateSheet</FunctionName>',
      false,
      xml,
    );
    xml = broken('<bt:Image size="24" resid="Icon.24"/>', '<bt:Image size="24" resid="Icon.32"/>', false, xml);
    xml = broken('\n          <bt:Override Locale="en-US" Value="Draft report"/>', '', false, xml);
    xml = broken('<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.9"/>', false, xml);
    xml = broken('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadDocument</Permissions>', false, xml);
    xml = broken('lifetime="long"', 'lifetime="short"', false, xml);
    const reported = new Set(checkManifest(xml, CONTEXT).map((p) => p.check));
    const all: CheckName[] = [
      'resources',
      'idLength',
      'uniqueControlIds',
      'urls',
      'functions',
      'icons',
      'localization',
      'requirements',
      'permissions',
      'sharedRuntime',
      'ribbon',
    ];
    expect([...reported].sort()).toEqual([...all].sort());
  });

  it('rejects XML that is not well formed', () => {
    expect(() => parseXml('<OfficeApp><Id></OfficeApp>')).toThrow();
  });
});

describe('icons in assets/', () => {
  /** Pixels (RGBA rows) of a PNG written by scripts/make-icons.js: 8-bit RGBA, filter type 0 on every row. */
  function pixels(bytes: Buffer): Buffer {
    const idat: Buffer[] = [];
    for (let i = 8; i < bytes.length;) {
      const len = bytes.readUInt32BE(i);
      const type = bytes.toString('ascii', i + 4, i + 8);
      if (type === 'IDAT') idat.push(bytes.subarray(i + 8, i + 8 + len));
      i += 12 + len;
    }
    return zlib.inflateSync(Buffer.concat(idat));
  }

  it.each(ICON_SIZES)('icon-%i.png is a square 8-bit RGBA PNG of that size, transparent in the corner', (size) => {
    const bytes = fs.readFileSync(path.join(ROOT, 'assets', `icon-${size}.png`));
    expect(readPngSize(bytes)).toEqual({ width: size, height: size });
    expect([bytes[24], bytes[25]]).toEqual([8, 6]); // bit depth 8, colour type 6 (RGBA)
    const raw = pixels(bytes);
    expect(raw.length).toBe(size * (size * 4 + 1));
    expect(raw[1 + 3]).toBe(0); // alpha of pixel (0, 0)
    const centre = (size >> 1) * (size * 4 + 1) + 1 + (size >> 1) * 4;
    expect(raw[centre + 3]).toBe(255); // the mark itself is opaque
  });

  it('are what scripts/make-icons.js draws (regenerated into a temporary folder, pixels compared)', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-icons-'));
    try {
      const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'make-icons.js'), out], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      for (const size of ICON_SIZES) {
        const fresh = pixels(fs.readFileSync(path.join(out, `icon-${size}.png`)));
        const committed = pixels(fs.readFileSync(path.join(ROOT, 'assets', `icon-${size}.png`)));
        expect(fresh.equals(committed)).toBe(true);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('readPngSize refuses what is not a PNG', () => {
    expect(readPngSize(new Uint8Array([1, 2, 3]))).toBeNull();
    expect(readPngSize(Buffer.from('GIF89a this is not a png at all'))).toBeNull();
  });
});

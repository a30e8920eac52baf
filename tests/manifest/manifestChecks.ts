// Checks of the Office add-in manifest (manifest.xml) that the XML schema cannot express.
// Pure functions: each takes the parsed manifest (and, where needed, injected file access) and returns the problems
// it finds, so that the tests can run them on the real manifest and on deliberately broken ones.
//
// XML is parsed with saxes (namespace-aware, with positions), which is already installed as a dependency of exceljs
// and jsdom; the element tree built from its events is all these checks need.

import { SaxesParser } from 'saxes';
import type { SaxesAttributeNS, SaxesTagNS } from 'saxes';
import { compareVersions } from '../../src/hosts/excelDouble/version';
import type { Bilingual } from '../../src/core/findings';
import type { RibbonControl } from '../../src/addin/commands/ribbon';

export const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  xmlns: 'http://www.w3.org/2000/xmlns/',
} as const;

/** Resource ids, resids and ribbon control ids: Office's limit (the schema's ReferenceId type, and the docs). */
export const MAX_ID_LENGTH = 32;

// ---------------------------------------------------------------- XML tree

export interface XmlElement {
  /** Qualified name as written, e.g. "bt:Image". */
  readonly name: string;
  readonly local: string;
  readonly uri: string;
  readonly attributes: ReadonlyMap<string, SaxesAttributeNS>;
  readonly children: XmlElement[];
  readonly parent: XmlElement | null;
  /** 1-based line of the start tag. */
  readonly line: number;
  /** Offsets into the source text: from "<" of the start tag to just after the end tag. */
  readonly start: number;
  end: number;
  text: string;
}

export function parseXml(source: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let tagStart = 0;
  let error: Error | null = null;

  parser.on('opentagstart', () => {
    // The parser stands just past the tag name: the "<" is the last one before it.
    tagStart = source.lastIndexOf('<', parser.position - 1);
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const parent = stack.length > 0 ? stack[stack.length - 1] : null;
    const el: XmlElement = {
      name: tag.name,
      local: tag.local,
      uri: tag.uri,
      attributes: new Map(Object.values(tag.attributes).map((a) => [a.name, a])),
      children: [],
      parent,
      line: parser.line,
      start: tagStart,
      end: parser.position,
      text: '',
    };
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('text', (text: string) => {
    if (stack.length > 0) stack[stack.length - 1].text += text;
  });
  parser.on('closetag', () => {
    const el = stack.pop();
    if (el) el.end = parser.position;
  });
  parser.on('error', (e: Error) => {
    error ??= e;
  });
  parser.write(source).close();
  if (error) throw error;
  if (root === null) throw new Error('no root element');
  return root;
}

/** Value of an attribute by local name (and namespace URI; '' for an unprefixed attribute). */
export function attr(el: XmlElement, local: string, uri = ''): string | undefined {
  for (const a of el.attributes.values()) {
    if (a.local === local && a.uri === uri) return a.value;
  }
  return undefined;
}

/** xsi:type with its prefix dropped ("Button", "ShowTaskpane", ...). */
export function xsiType(el: XmlElement): string | undefined {
  const t = attr(el, 'type', NS.xsi);
  return t === undefined ? undefined : t.slice(t.indexOf(':') + 1);
}

export function descendants(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

export function find(el: XmlElement, local: string, uri?: string): XmlElement[] {
  return descendants(el).filter((e) => e.local === local && (uri === undefined || e.uri === uri));
}

export function childrenNamed(el: XmlElement, local: string, uri?: string): XmlElement[] {
  return el.children.filter((e) => e.local === local && (uri === undefined || e.uri === uri));
}

function ancestorNamed(el: XmlElement, local: string): XmlElement | null {
  for (let p = el.parent; p; p = p.parent) if (p.local === local) return p;
  return null;
}

function where(el: XmlElement): string {
  return `<${el.name}> line ${el.line}`;
}

// ---------------------------------------------------------------- problems

export type CheckName =
  | 'resources'
  | 'idLength'
  | 'uniqueControlIds'
  | 'urls'
  | 'functions'
  | 'icons'
  | 'localization'
  | 'requirements'
  | 'permissions'
  | 'sharedRuntime'
  | 'ribbon';

export interface Problem {
  readonly check: CheckName;
  readonly message: string;
}

// ---------------------------------------------------------------- resources and resids

export type ResourceKind = 'image' | 'url' | 'short' | 'long';

export interface Resource {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly element: XmlElement;
  /** DefaultValue: a URL for images and urls, the default-locale text for strings. */
  readonly value: string;
}

const RESOURCE_GROUPS: ReadonlyArray<readonly [string, ResourceKind]> = [
  ['Images', 'image'],
  ['Urls', 'url'],
  ['ShortStrings', 'short'],
  ['LongStrings', 'long'],
];

export function resources(root: XmlElement): Resource[] {
  const out: Resource[] = [];
  for (const res of find(root, 'Resources')) {
    for (const [groupName, kind] of RESOURCE_GROUPS) {
      for (const group of childrenNamed(res, groupName, NS.bt)) {
        for (const item of group.children) {
          out.push({ id: attr(item, 'id') ?? '', kind, element: item, value: attr(item, 'DefaultValue') ?? '' });
        }
      }
    }
  }
  return out;
}

/** Which kind of resource an element's resid must name, by the element's name (as the schemas type them). */
const RESID_KIND: Readonly<Record<string, ResourceKind>> = {
  Label: 'short',
  Title: 'short',
  Namespace: 'short',
  Description: 'long',
  Image: 'image',
  SourceLocation: 'url',
  FunctionFile: 'url',
  LearnMoreUrl: 'url',
  Runtime: 'url',
};

export interface ResidUse {
  readonly element: XmlElement;
  readonly resid: string;
}

/** Every attribute that refers to a resource: "resid" (any case), wherever it occurs. */
export function residUses(root: XmlElement): ResidUse[] {
  const out: ResidUse[] = [];
  for (const el of [root, ...descendants(root)]) {
    for (const a of el.attributes.values()) {
      if (a.uri === '' && a.local.toLowerCase() === 'resid') out.push({ element: el, resid: a.value });
    }
  }
  return out;
}

export function checkResources(root: XmlElement): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, Resource>();
  for (const r of resources(root)) {
    if (r.id === '') problems.push({ check: 'resources', message: `resource without id at ${where(r.element)}` });
    else if (byId.has(r.id))
      problems.push({ check: 'resources', message: `duplicate resource id "${r.id}" at ${where(r.element)}` });
    else byId.set(r.id, r);
  }
  for (const use of residUses(root)) {
    const expected = RESID_KIND[use.element.local];
    const target = byId.get(use.resid);
    if (expected === undefined) {
      problems.push({
        check: 'resources',
        message: `resid on an element this check does not know: ${where(use.element)}`,
      });
    } else if (target === undefined) {
      problems.push({ check: 'resources', message: `dangling resid "${use.resid}" at ${where(use.element)}` });
    } else if (target.kind !== expected) {
      problems.push({
        check: 'resources',
        message: `resid "${use.resid}" at ${where(use.element)} names a ${target.kind} resource, expected ${expected}`,
      });
    }
  }
  return problems;
}

// ---------------------------------------------------------------- ids

/** Ribbon elements whose id attribute identifies a control (ids must be unique across the manifest). */
const CONTROL_ELEMENTS = new Set(['CustomTab', 'OfficeTab', 'Group', 'Control', 'Item']);

export function controls(root: XmlElement): Array<{ id: string; element: XmlElement }> {
  return descendants(root)
    .filter((e) => e.uri === NS.ov && CONTROL_ELEMENTS.has(e.local))
    .map((e) => ({ id: attr(e, 'id') ?? '', element: e }));
}

export function checkIdLengths(root: XmlElement): Problem[] {
  const problems: Problem[] = [];
  const tooLong = (what: string, id: string, el: XmlElement): void => {
    if (id.length > MAX_ID_LENGTH) {
      problems.push({
        check: 'idLength',
        message: `${what} "${id}" has ${id.length} characters (max ${MAX_ID_LENGTH}) at ${where(el)}`,
      });
    }
  };
  for (const r of resources(root)) tooLong('resource id', r.id, r.element);
  for (const u of residUses(root)) tooLong('resid', u.resid, u.element);
  for (const c of controls(root)) tooLong('control id', c.id, c.element);
  return problems;
}

export function checkUniqueControlIds(root: XmlElement): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, XmlElement>();
  for (const c of controls(root)) {
    if (c.id === '') {
      problems.push({ check: 'uniqueControlIds', message: `control without id at ${where(c.element)}` });
      continue;
    }
    const first = seen.get(c.id);
    if (first)
      problems.push({
        check: 'uniqueControlIds',
        message: `control id "${c.id}" at ${where(c.element)} is also used at ${where(first)}`,
      });
    else seen.set(c.id, c.element);
  }
  return problems;
}

// ---------------------------------------------------------------- URLs

export interface UrlUse {
  readonly element: XmlElement;
  readonly value: string;
}

const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

/** Every URL in attribute values and element text, namespace declarations and xsi attributes excepted. */
export function urlUses(root: XmlElement): UrlUse[] {
  const out: UrlUse[] = [];
  for (const el of [root, ...descendants(root)]) {
    for (const a of el.attributes.values()) {
      if (a.uri === NS.xmlns || a.prefix === 'xmlns' || a.name === 'xmlns' || a.uri === NS.xsi) continue;
      if (SCHEME.test(a.value.trim()) && a.value.includes('/')) out.push({ element: el, value: a.value.trim() });
    }
    const text = el.children.length === 0 ? el.text.trim() : '';
    if (text !== '' && SCHEME.test(text) && text.includes('/')) out.push({ element: el, value: text });
  }
  return out;
}

export interface UrlPolicy {
  /** The only origin the manifest may point to, e.g. "https://localhost:3000". */
  readonly origin: string;
  /** Paths (without leading "/") of the pages the build serves, e.g. "taskpane.html". */
  readonly pages: readonly string[];
  /** Folder of the icons, e.g. "assets/": URLs under it are checked by checkIcons. */
  readonly assetsPrefix: string;
}

export function checkUrls(root: XmlElement, policy: UrlPolicy): Problem[] {
  const problems: Problem[] = [];
  for (const u of urlUses(root)) {
    let url: URL;
    try {
      url = new URL(u.value);
    } catch {
      problems.push({ check: 'urls', message: `not a URL: "${u.value}" at ${where(u.element)}` });
      continue;
    }
    if (url.protocol !== 'https:') {
      problems.push({ check: 'urls', message: `not https: "${u.value}" at ${where(u.element)}` });
      continue;
    }
    if (url.origin !== policy.origin) {
      problems.push({
        check: 'urls',
        message: `outside the add-in's origin ${policy.origin}: "${u.value}" at ${where(u.element)}`,
      });
      continue;
    }
    const p = url.pathname.replace(/^\//, '');
    if (!p.startsWith(policy.assetsPrefix) && !policy.pages.includes(p)) {
      problems.push({
        check: 'urls',
        message: `"${u.value}" at ${where(u.element)} is not a page the build serves (${policy.pages.join(', ')})`,
      });
    }
  }
  for (const d of find(root, 'AppDomain', NS.app)) {
    problems.push({
      check: 'urls',
      message: `AppDomain "${d.text.trim()}" at ${where(d)}: the add-in needs no domain beyond its own origin`,
    });
  }
  return problems;
}

// ---------------------------------------------------------------- function commands

export function checkFunctions(root: XmlElement, functions: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const listed = new Set<string>();
  for (const f of functions) {
    if (listed.has(f)) problems.push({ check: 'functions', message: `"${f}" is listed twice in the function list` });
    listed.add(f);
  }
  const used = new Set<string>();
  const actions = find(root, 'Action', NS.ov).filter((a) => xsiType(a) === 'ExecuteFunction');
  for (const action of actions) {
    const names = childrenNamed(action, 'FunctionName', NS.ov);
    const name = names.length === 1 ? names[0].text.trim() : '';
    if (name === '') {
      problems.push({ check: 'functions', message: `ExecuteFunction without one FunctionName at ${where(action)}` });
      continue;
    }
    used.add(name);
    if (!listed.has(name))
      problems.push({
        check: 'functions',
        message: `FunctionName "${name}" at ${where(action)} is not in the function list`,
      });
  }
  for (const f of listed) {
    if (!used.has(f))
      problems.push({
        check: 'functions',
        message: `listed function "${f}" is not used by any ExecuteFunction action`,
      });
  }
  if (actions.length > 0) {
    for (const ff of find(root, 'DesktopFormFactor', NS.ov)) {
      if (childrenNamed(ff, 'FunctionFile', NS.ov).length !== 1) {
        problems.push({ check: 'functions', message: `ExecuteFunction actions but no FunctionFile in ${where(ff)}` });
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------- the ribbon against the ribbon list

export interface RibbonTab {
  readonly id: string;
  readonly label: Bilingual;
  readonly group: { readonly id: string; readonly label: Bilingual; readonly icon: string };
}

/** A string resource as both languages: its DefaultValue (zh-CN) and its en-US override. */
function textOf(root: XmlElement, resid: string | undefined): Bilingual | undefined {
  const found = resources(root).find((r) => r.id === resid && (r.kind === 'short' || r.kind === 'long'));
  if (!found) return undefined;
  const en = found.element.children.find((c) => c.local === 'Override' && attr(c, 'Locale') === 'en-US');
  return { zh: found.value, en: en ? (attr(en, 'Value') ?? '') : '' };
}

function show(text: Bilingual | undefined): string {
  return text ? `"${text.zh}" / "${text.en}"` : '(no text)';
}

/**
 * The tab, the group and every control of manifest.xml say what the ribbon list (src/addin/commands/ribbon.ts)
 * says, in the same order: ids, kinds, labels and tips in both languages, function names, the pane and icon files.
 */
export function checkRibbon(root: XmlElement, tab: RibbonTab, list: readonly RibbonControl[]): Problem[] {
  const problems: Problem[] = [];
  const add = (message: string): void => {
    problems.push({ check: 'ribbon', message });
  };
  const images = new Map(
    resources(root)
      .filter((r) => r.kind === 'image')
      .map((r) => [r.id, r.value]),
  );
  const sameText = (el: XmlElement, child: string, expected: Bilingual, what: string): void => {
    const [node] = childrenNamed(el, child, NS.ov);
    const text = node ? textOf(root, attr(node, 'resid')) : undefined;
    if (!text || text.zh !== expected.zh || text.en !== expected.en)
      add(`${what}: the manifest says ${show(text)}, the ribbon list ${show(expected)}`);
  };
  const sameIcon = (el: XmlElement, icon: string, what: string): void => {
    const [iconEl] = childrenNamed(el, 'Icon', NS.ov);
    for (const img of iconEl ? childrenNamed(iconEl, 'Image', NS.bt) : []) {
      const url = images.get(attr(img, 'resid') ?? '') ?? '';
      const expected = `/assets/${icon}-${attr(img, 'size') ?? ''}.png`;
      if (!url.endsWith(expected)) add(`${what}: icon image "${url}" is not ${expected}`);
    }
    if (!iconEl) add(`${what} has no Icon`);
  };
  const sameAction = (el: XmlElement, control: RibbonControl, what: string): void => {
    const [action] = childrenNamed(el, 'Action', NS.ov);
    if (control.kind === 'command') {
      const fn = action && xsiType(action) === 'ExecuteFunction' ? childrenNamed(action, 'FunctionName', NS.ov) : [];
      const name = fn[0]?.text.trim();
      if (name !== control.functionName)
        add(`${what}: the manifest runs ${name ?? '(no function)'}, the ribbon list ${control.functionName}`);
    } else if (control.kind === 'pane') {
      if (!action || xsiType(action) !== 'ShowTaskpane') add(`${what}: the manifest does not open the task pane`);
      else sameText(action, 'Title', control.paneTitle, `${what}'s pane title`);
    }
  };
  const sameControl = (el: XmlElement, control: RibbonControl | undefined, what: string): void => {
    const id = attr(el, 'id');
    if (!control) {
      add(`${what} "${id ?? ''}" is not in the ribbon list`);
      return;
    }
    const type = control.kind === 'menu' ? 'Menu' : 'Button';
    if (id !== control.id) add(`${what} is "${id ?? ''}", the ribbon list has "${control.id}" there`);
    if (el.local === 'Control' && xsiType(el) !== type)
      add(`${what} "${control.id}" is a ${xsiType(el) ?? '(no type)'}, the ribbon list says ${type}`);
    sameText(el, 'Label', control.label, `${control.id} label`);
    const [tip] = childrenNamed(el, 'Supertip', NS.ov);
    if (!tip) add(`${control.id} has no Supertip`);
    else {
      sameText(tip, 'Title', control.tip.title, `${control.id} tip title`);
      sameText(tip, 'Description', control.tip.description, `${control.id} tip description`);
    }
    sameIcon(el, control.icon, control.id);
    sameAction(el, control, control.id);
    if (control.kind === 'menu') {
      const [itemsEl] = childrenNamed(el, 'Items', NS.ov);
      const items = itemsEl ? childrenNamed(itemsEl, 'Item', NS.ov) : [];
      items.forEach((item, i) => sameControl(item, control.items[i], `item ${i + 1} of ${control.id}`));
      for (const missing of control.items.slice(items.length))
        add(`${missing.id} (${missing.functionName}) is in the ribbon list but not in menu ${control.id}`);
    }
  };

  const tabs = find(root, 'CustomTab', NS.ov);
  if (tabs.length !== 1) return [{ check: 'ribbon', message: `expected one CustomTab, found ${tabs.length}` }];
  const [tabEl] = tabs;
  if (attr(tabEl, 'id') !== tab.id) add(`the tab is "${attr(tabEl, 'id') ?? ''}", the ribbon list says "${tab.id}"`);
  sameText(tabEl, 'Label', tab.label, 'tab label');
  const groups = childrenNamed(tabEl, 'Group', NS.ov);
  if (groups.length !== 1) {
    add(`expected one Group in the tab, found ${groups.length}`);
    return problems;
  }
  const [group] = groups;
  if (attr(group, 'id') !== tab.group.id)
    add(`the group is "${attr(group, 'id') ?? ''}", the ribbon list says "${tab.group.id}"`);
  sameText(group, 'Label', tab.group.label, 'group label');
  sameIcon(group, tab.group.icon, 'the group');
  const controlsEl = childrenNamed(group, 'Control', NS.ov);
  controlsEl.forEach((el, i) => sameControl(el, list[i], `control ${i + 1}`));
  for (const missing of list.slice(controlsEl.length))
    add(`${missing.id} is in the ribbon list but not in the manifest`);
  return problems;
}

// ---------------------------------------------------------------- icons

export function readPngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || !signature.every((b, i) => bytes[i] === b)) return null;
  const ihdr = String.fromCharCode(bytes[12], bytes[13], bytes[14], bytes[15]);
  if (ihdr !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Reads a file of the build's output by its URL path ("assets/icon-16.png"); undefined when it does not exist. */
export type AssetReader = (urlPath: string) => Uint8Array | undefined;

/** Sizes Microsoft requires in every <Icon> of a ribbon control; the others (20, 24, 40, 48, 64) are optional. */
export const REQUIRED_ICON_SIZES = [16, 32, 80] as const;
export const ALLOWED_ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80] as const;

export function checkIcons(root: XmlElement, readAsset: AssetReader): Problem[] {
  const problems: Problem[] = [];
  const images = new Map(
    resources(root)
      .filter((r) => r.kind === 'image')
      .map((r) => [r.id, r]),
  );

  const checkImage = (url: string, size: number, el: XmlElement): void => {
    let urlPath: string;
    try {
      urlPath = new URL(url).pathname.replace(/^\//, '');
    } catch {
      problems.push({ check: 'icons', message: `icon URL "${url}" at ${where(el)} is not a URL` });
      return;
    }
    const bytes = readAsset(urlPath);
    if (bytes === undefined) {
      problems.push({ check: 'icons', message: `icon file "${urlPath}" (for ${where(el)}) does not exist` });
      return;
    }
    const dims = readPngSize(bytes);
    if (dims === null) problems.push({ check: 'icons', message: `icon file "${urlPath}" is not a PNG` });
    else if (dims.width !== size || dims.height !== size) {
      problems.push({
        check: 'icons',
        message: `icon file "${urlPath}" is ${dims.width}x${dims.height}, ${where(el)} wants ${size}x${size}`,
      });
    }
  };

  const iconUrl = childrenNamed(root, 'IconUrl', NS.app);
  const hiRes = childrenNamed(root, 'HighResolutionIconUrl', NS.app);
  if (iconUrl.length !== 1) problems.push({ check: 'icons', message: 'IconUrl is missing' });
  for (const el of iconUrl) checkImage(attr(el, 'DefaultValue') ?? '', 32, el);
  if (hiRes.length !== 1) problems.push({ check: 'icons', message: 'HighResolutionIconUrl is missing' });
  for (const el of hiRes) checkImage(attr(el, 'DefaultValue') ?? '', 64, el);

  for (const icon of find(root, 'Icon', NS.ov)) {
    const sizes: number[] = [];
    for (const img of childrenNamed(icon, 'Image', NS.bt)) {
      const size = Number(attr(img, 'size'));
      sizes.push(size);
      if (!(ALLOWED_ICON_SIZES as readonly number[]).includes(size)) {
        problems.push({
          check: 'icons',
          message: `icon size ${attr(img, 'size') ?? '(none)'} at ${where(img)} is not one Office uses`,
        });
        continue;
      }
      const resource = images.get(attr(img, 'resid') ?? '');
      if (resource) checkImage(resource.value, size, img); // a dangling resid is reported by checkResources
    }
    for (const s of REQUIRED_ICON_SIZES) {
      if (!sizes.includes(s)) problems.push({ check: 'icons', message: `${where(icon)} has no ${s}px image` });
    }
    if (new Set(sizes).size !== sizes.length)
      problems.push({ check: 'icons', message: `${where(icon)} lists a size twice` });
  }
  return problems;
}

// ---------------------------------------------------------------- localisation

const HAN = /\p{Script=Han}/u;

function overrideFor(el: XmlElement, locale: string): XmlElement | undefined {
  return el.children.find((c) => c.local === 'Override' && attr(c, 'Locale')?.toLowerCase() === locale.toLowerCase());
}

export function checkLocalization(root: XmlElement, defaultLocale = 'zh-CN', otherLocale = 'en-US'): Problem[] {
  const problems: Problem[] = [];
  const locale = childrenNamed(root, 'DefaultLocale', NS.app)[0]?.text.trim();
  if (locale !== defaultLocale)
    problems.push({ check: 'localization', message: `DefaultLocale is "${locale ?? ''}", expected ${defaultLocale}` });

  const localized: XmlElement[] = [
    ...childrenNamed(root, 'DisplayName', NS.app),
    ...childrenNamed(root, 'Description', NS.app),
    ...resources(root)
      .filter((r) => r.kind === 'short' || r.kind === 'long')
      .map((r) => r.element),
  ];
  if (childrenNamed(root, 'DisplayName', NS.app).length !== 1)
    problems.push({ check: 'localization', message: 'DisplayName is missing' });
  if (childrenNamed(root, 'Description', NS.app).length !== 1)
    problems.push({ check: 'localization', message: 'Description is missing' });
  for (const el of localized) {
    const label = attr(el, 'id') ?? el.local;
    const def = attr(el, 'DefaultValue') ?? '';
    if (!HAN.test(def))
      problems.push({
        check: 'localization',
        message: `"${label}": the ${defaultLocale} text "${def}" has no Chinese in it`,
      });
    const ov = overrideFor(el, otherLocale);
    const value = ov ? (attr(ov, 'Value') ?? '').trim() : '';
    if (!ov || value === '')
      problems.push({ check: 'localization', message: `"${label}" at ${where(el)} has no ${otherLocale} override` });
    else if (HAN.test(value))
      problems.push({
        check: 'localization',
        message: `"${label}": the ${otherLocale} override "${value}" is not English`,
      });
  }
  return problems;
}

// ---------------------------------------------------------------- requirements and permissions

interface RequiredSet {
  readonly name: string;
  readonly minVersion: string;
  readonly element: XmlElement;
}

function setsOf(requirements: XmlElement): RequiredSet[] {
  const out: RequiredSet[] = [];
  for (const sets of requirements.children.filter((c) => c.local === 'Sets')) {
    const def = attr(sets, 'DefaultMinVersion') ?? '1.1';
    for (const s of sets.children.filter((c) => c.local === 'Set')) {
      out.push({ name: attr(s, 'Name') ?? '', minVersion: attr(s, 'MinVersion') ?? def, element: s });
    }
  }
  return out;
}

/**
 * The base manifest asks for ExcelApi `excelApi` and nothing else (so Excel 2019 can install the add-in), and nothing
 * anywhere asks for a higher ExcelApi: newer APIs are for runtime checks (isSetSupported), not the manifest.
 */
export function checkRequirements(root: XmlElement, excelApi = '1.7'): Problem[] {
  const problems: Problem[] = [];
  const base = childrenNamed(root, 'Requirements', NS.app);
  if (base.length !== 1) return [{ check: 'requirements', message: 'the base manifest has no Requirements' }];
  const baseSets = setsOf(base[0]);
  const excel = baseSets.filter((s) => s.name === 'ExcelApi');
  if (excel.length !== 1 || compareVersions(excel[0].minVersion, excelApi) !== 0) {
    problems.push({
      check: 'requirements',
      message: `the base manifest must require ExcelApi ${excelApi} exactly once (found ${excel.map((s) => s.minVersion).join(', ') || 'none'})`,
    });
  }
  for (const s of baseSets.filter((x) => x.name !== 'ExcelApi')) {
    problems.push({
      check: 'requirements',
      message: `the base manifest also requires ${s.name} ${s.minVersion}: clients without it could not install the add-in at all`,
    });
  }
  if (base[0].children.some((c) => c.local === 'Methods'))
    problems.push({ check: 'requirements', message: 'the base manifest requires Methods' });
  for (const req of find(root, 'Requirements')) {
    for (const s of setsOf(req)) {
      if (s.name === 'ExcelApi' && compareVersions(s.minVersion, excelApi) > 0) {
        problems.push({
          check: 'requirements',
          message: `ExcelApi ${s.minVersion} required at ${where(s.element)}: the add-in targets ExcelApi ${excelApi}`,
        });
      }
    }
  }
  return problems;
}

export function checkPermissions(root: XmlElement, expected = 'ReadWriteDocument'): Problem[] {
  const p = childrenNamed(root, 'Permissions', NS.app);
  const value = p.length === 1 ? p[0].text.trim() : '';
  return value === expected
    ? []
    : [{ check: 'permissions', message: `Permissions is "${value}", expected ${expected}` }];
}

// ---------------------------------------------------------------- shared runtime (the part the 2020 schema cannot check)

export function checkSharedRuntime(root: XmlElement): Problem[] {
  const problems: Problem[] = [];
  const add = (message: string): void => {
    problems.push({ check: 'sharedRuntime', message });
  };
  const urls = new Map(
    resources(root)
      .filter((r) => r.kind === 'url')
      .map((r) => [r.id, r.value]),
  );

  // Task-pane add-ins have one VersionOverrides, version 1.0; VersionOverrides 1.1 (and nesting) is Outlook-only.
  const overrides = find(root, 'VersionOverrides');
  if (
    overrides.length !== 1 ||
    overrides[0].uri !== NS.ov ||
    xsiType(overrides[0]) !== 'VersionOverridesV1_0' ||
    overrides[0].parent !== root
  ) {
    add(`expected exactly one VersionOverridesV1_0 in ${NS.ov}, child of OfficeApp (found ${overrides.length})`);
    return problems;
  }
  const vo = overrides[0];

  const runtimesBlocks = find(root, 'Runtimes');
  if (runtimesBlocks.length !== 1) {
    add(`expected one <Runtimes>, found ${runtimesBlocks.length}`);
    return problems;
  }
  const runtimes = runtimesBlocks[0];
  const host = runtimes.parent;
  if (
    !host ||
    host.local !== 'Host' ||
    host.uri !== NS.ov ||
    xsiType(host) !== 'Workbook' ||
    ancestorNamed(host, 'VersionOverrides') !== vo
  ) {
    add(`<Runtimes> must be a child of <Host xsi:type="Workbook"> in the VersionOverrides (${where(runtimes)})`);
  } else if (host.children[0] !== runtimes) {
    add(`<Runtimes> must be the first child of <Host> (schema order: Runtimes, AllFormFactors, DesktopFormFactor)`);
  }
  const runtimeList = runtimes.children.filter((c) => c.local === 'Runtime');
  if (runtimeList.length !== 1 || runtimes.children.length !== 1) add('<Runtimes> must hold exactly one <Runtime>');
  const runtime = runtimeList[0];
  if (!runtime) return problems;

  if (attr(runtime, 'lifetime') !== 'long')
    add(
      `Runtime lifetime is "${attr(runtime, 'lifetime') ?? '(default short)'}": a shared runtime needs lifetime="long"`,
    );
  const resid = attr(runtime, 'resid') ?? '';
  const runtimeUrl = urls.get(resid);
  if (runtimeUrl === undefined) add(`Runtime resid "${resid}" does not name a bt:Url`);

  // SharedRuntime 1.1 must be required by this VersionOverrides (not the base manifest, which would lock out Excel 2019).
  const voReq = childrenNamed(vo, 'Requirements', NS.ov);
  const shared = voReq.length === 1 ? setsOf(voReq[0]).filter((s) => s.name === 'SharedRuntime') : [];
  if (shared.length !== 1 || compareVersions(shared[0].minVersion, '1.1') < 0)
    add('the VersionOverrides must require SharedRuntime 1.1');

  // FunctionFile, the runtime and every task pane use the same page, or Office starts separate runtimes.
  for (const ff of find(vo, 'FunctionFile', NS.ov)) {
    if (attr(ff, 'resid') !== resid)
      add(`FunctionFile resid "${attr(ff, 'resid') ?? ''}" differs from the Runtime resid "${resid}"`);
  }
  const settings = childrenNamed(root, 'DefaultSettings', NS.app)[0];
  const defaultPage = settings ? childrenNamed(settings, 'SourceLocation', NS.app)[0] : undefined;
  const defaultUrl = defaultPage ? attr(defaultPage, 'DefaultValue') : undefined;
  if (runtimeUrl !== undefined && defaultUrl !== runtimeUrl) {
    add(`DefaultSettings SourceLocation "${defaultUrl ?? ''}" is not the runtime page ${runtimeUrl}`);
  }
  const panes = find(vo, 'Action', NS.ov).filter((a) => xsiType(a) === 'ShowTaskpane');
  const paneIds = new Set(panes.map((a) => childrenNamed(a, 'TaskpaneId', NS.ov)[0]?.text.trim() ?? ''));
  if (paneIds.has(''))
    add(
      'a ShowTaskpane action has no TaskpaneId: a shared runtime supports one task pane, and a pane without an id counts as another',
    );
  if (paneIds.size > 1)
    add(
      `ShowTaskpane actions use several TaskpaneIds (${[...paneIds].join(', ')}): a shared runtime supports one task pane`,
    );
  for (const a of panes) {
    const src = childrenNamed(a, 'SourceLocation', NS.ov)[0];
    const url = urls.get(src ? (attr(src, 'resid') ?? '') : '');
    if (url !== undefined && runtimeUrl !== undefined && url.split('?')[0] !== runtimeUrl.split('?')[0]) {
      add(`ShowTaskpane at ${where(a)} opens ${url}, not the runtime page ${runtimeUrl}`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------- all together

export interface ManifestContext {
  readonly functions: readonly string[];
  readonly ribbon: { readonly tab: RibbonTab; readonly controls: readonly RibbonControl[] };
  readonly readAsset: AssetReader;
  readonly urlPolicy: UrlPolicy;
}

export function checkManifest(source: string, context: ManifestContext): Problem[] {
  const root = parseXml(source);
  return [
    ...checkResources(root),
    ...checkIdLengths(root),
    ...checkUniqueControlIds(root),
    ...checkUrls(root, context.urlPolicy),
    ...checkFunctions(root, context.functions),
    ...checkIcons(root, context.readAsset),
    ...checkLocalization(root),
    ...checkRequirements(root),
    ...checkPermissions(root),
    ...checkSharedRuntime(root),
    ...checkRibbon(root, context.ribbon.tab, context.ribbon.controls),
  ];
}

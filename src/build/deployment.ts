/**
 * Where the add-in is served from, and the manifest for that place. Used by webpack.config.js (`npm run build`)
 * and tested in tests/build. manifest.xml in the repository is the development manifest: every URL on
 * https://localhost:3000/, the dev server's origin, for sideloading.
 */

/** The base URL of manifest.xml in the repository: the dev server. */
export const DEV_BASE = 'https://localhost:3000/';

/** What the build serves besides the bundle: the pane (also the ribbon's function file) and the help page. */
export const PAGES = { taskpane: 'taskpane.html', help: 'help.html', helpCss: 'help.css' } as const;

/**
 * The base URL the add-in is deployed at, from ADDIN_URL: absolute https, no query or fragment, ending in "/"
 * (one is added). Without ADDIN_URL, the dev server's. A bad value throws with what was expected.
 */
export function addinBase(addinUrl: string | undefined): string {
  if (addinUrl === undefined || addinUrl.trim() === '') return DEV_BASE;
  let url: URL;
  try {
    url = new URL(addinUrl.trim());
  } catch {
    throw new Error(`ADDIN_URL "${addinUrl}" is not a URL: expected e.g. https://intranet.example.gov.cn/ziping/`);
  }
  if (url.protocol !== 'https:')
    throw new Error(`ADDIN_URL "${addinUrl}" is not https: Office loads add-ins only over https`);
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '')
    throw new Error(`ADDIN_URL "${addinUrl}" has a query, a fragment or credentials: give the folder's URL only`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** The manifest's four-part version for a package.json version x.y.z (Office wants n.n.n.n): x.y.z.0. */
export function manifestVersion(packageVersion: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(packageVersion);
  if (!m)
    throw new Error(`package.json version "${packageVersion}" is not x.y.z (a pre-release has no manifest version)`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/**
 * The manifest for a deployment: every https://localhost:3000 URL (and the comments that name it) moved to `base`,
 * and the version set. Throws when anything still names localhost for a base elsewhere.
 */
export function renderManifest(source: string, options: { base: string; version: string }): string {
  const devOrigin = DEV_BASE.slice(0, -1);
  if (!source.includes(DEV_BASE)) throw new Error(`manifest.xml names no ${DEV_BASE} URL to replace`);
  const versions = source.match(/<Version>[^<]*<\/Version>/g) ?? [];
  if (versions.length !== 1) throw new Error(`manifest.xml has ${versions.length} <Version> elements, expected 1`);
  const out = source
    .split(DEV_BASE)
    .join(options.base)
    .split(devOrigin)
    .join(options.base.slice(0, -1))
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${options.version}</Version>`);
  if (new URL(options.base).hostname !== 'localhost' && /localhost/i.test(out))
    throw new Error('the deployed manifest still names localhost');
  return out;
}

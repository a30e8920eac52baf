/**
 * The task pane's Content-Security-Policy, and where office.js comes from. docs/security.md says why each source is
 * there; tests/build checks the policy of the built page.
 */

/** Microsoft's CDN for office.js (required for add-ins in Microsoft Marketplace; the default). */
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * The URL of office.js, from OFFICE_JS_URL: Microsoft's CDN by default; for Office 365 operated by 21Vianet,
 * Microsoft's China CDN; for a network that reaches neither, a copy of the CDN's files on the unit's own https
 * server (an absolute https URL) or beside the add-in (a path relative to it, e.g. "office-js/office.js").
 */
export function officeJsUrl(value: string | undefined): string {
  const v = value?.trim() ?? '';
  if (v === '') return OFFICE_JS_CDN;
  if (/^[a-z][a-z0-9+.-]*:/i.test(v) || v.startsWith('//')) {
    const url = new URL(v);
    if (url.protocol !== 'https:') throw new Error(`OFFICE_JS_URL "${v}" is not https`);
    if (!url.pathname.endsWith('/office.js')) throw new Error(`OFFICE_JS_URL "${v}" does not end in /office.js`);
    return url.href;
  }
  if (v.startsWith('/') || v.includes('..') || !v.endsWith('office.js'))
    throw new Error(
      `OFFICE_JS_URL "${v}": a relative path inside the add-in's folder ending in office.js, e.g. office-js/office.js`,
    );
  return v;
}

/**
 * The pane's policy. Scripts: the page's own (the bundle and the old-webview check) and office.js's origin — office.js
 * loads its host files (excel-web-16.00.js, excel-win32-16.01.js …), its string tables and its telemetry script from
 * the folder it was loaded from. Styles: inline allowed (Fluent UI's Griffel inserts rules at run time; Excel on the
 * web's host file sets inline styles, office-js#1687). Frames: only office.js's own (Excel on the web shows its
 * trust prompt, AgaveErrorUX/index.html, in a frame from office.js's folder). Nothing may be fetched but from the
 * add-in's own origin: the telemetry office.js would post itself to *.pipe.aria.microsoft.com is refused (ZiPing
 * sends no data anywhere). No eval, no plugins, no form submissions, no <base> elsewhere.
 */
export function contentSecurityPolicy(officeJs: string): string {
  const officeOrigin = /^https:/.test(officeJs) ? new URL(officeJs).origin : undefined;
  return [
    "default-src 'self'",
    `script-src 'self'${officeOrigin ? ` ${officeOrigin}` : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    `frame-src ${officeOrigin ?? "'self'"}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** A directive's sources, from a policy (undefined when the directive is absent). */
export function directive(policy: string, name: string): string[] | undefined {
  for (const part of policy.split(';')) {
    const [key, ...values] = part.trim().split(/\s+/);
    if (key === name) return values;
  }
  return undefined;
}

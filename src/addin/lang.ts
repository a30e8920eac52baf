import type { Lang } from '../core/findings';

const LANG_KEY = 'ziping.lang';

/** The interface language the user chose last on this machine; Chinese by default. */
export function storedLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(LANG_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export function storeLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANG_KEY, lang);
  } catch {
    // Storage may be off (private mode, policy): the choice then lasts for this session only.
  }
}

import { promises as fs } from 'node:fs';
import { DEFAULT_PROFILE, parseProfile, type RuleProfile } from '../core/profile';
import type { Lang } from '../core/findings';
import type { Io } from './io';

/** The --profile file, its problems told on stderr; undefined (exit 2) when it cannot be read as JSON. */
export async function loadProfile(file: string | undefined, lang: Lang, io: Io): Promise<RuleProfile | undefined> {
  if (!file) return { ...DEFAULT_PROFILE };
  let parsed: unknown;
  try {
    parsed = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch {
    io.err(
      `ziping: ${lang === 'zh' ? `规则方案“${file}”无法读取或不是有效的 JSON` : `the rule profile "${file}" cannot be read or is not valid JSON`}`,
    );
    return undefined;
  }
  const { profile, problems } = parseProfile(parsed);
  for (const p of problems) io.err(`ziping: ${p[lang]}`);
  return profile;
}

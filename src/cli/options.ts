import type { Lang } from '../core/findings';
import { parseArgs } from 'node:util';

/** What a string option takes, in both languages: said when it is missing or not one of its allowed values. */
interface StringOption {
  type: 'string';
  takes: { zh: string; en: string };
  /** Whether a value is allowed; any non-empty one when absent. */
  accepts?: (value: string) => boolean;
}

export type OptionSpec = Record<string, StringOption | { type: 'boolean' }>;

export interface Options {
  values: Record<string, string | true | undefined>;
  positionals: string[];
}

/** Options more than one command takes, said the same way in each. */
export const SHARED_OPTIONS = {
  lang: {
    type: 'string',
    takes: { zh: '应为 zh 或 en', en: 'takes zh or en' },
    accepts: (value: string) => value === 'zh' || value === 'en',
  },
  profile: { type: 'string', takes: { zh: '需要一个文件', en: 'takes a file' } },
  sheet: { type: 'string', takes: { zh: '需要工作表名称', en: 'takes a sheet name' } },
  json: { type: 'boolean' },
} as const satisfies OptionSpec;

/** The language an accepted `--lang` names; Chinese by default. */
export const langOf = (options: Options): Lang => (options.values.lang === 'en' ? 'en' : 'zh');

/** A string option's value once `readOptions` has accepted it. */
export function stringOf(options: Options, name: string): string | undefined {
  const value = options.values[name];
  return typeof value === 'string' ? value : undefined;
}

const HELP = 'help';

/**
 * Reads a command's arguments with Node's own tokenizer (`--name value`, `--name=value`, `--` ends the options), then
 * holds them to `spec`: an unknown option, a string option without a value (or not one of its values) or a switch
 * given a value is a message naming the option, never thrown; a value that looks like an option (`--profile --json`) is
 * no value. `--help` and `-h` ask for the usage, wherever they stand (`--profile -h` too), except after `--`.
 */
export function readOptions(args: string[], spec: OptionSpec): Options | { help: true } | { error: string } {
  const { tokens } = parseArgs({
    args,
    options: {
      ...Object.fromEntries(Object.entries(spec).map(([name, { type }]) => [name, { type }])),
      [HELP]: { type: 'boolean', short: 'h' },
    },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  // A string option's value given as the next argument but looking like an option (`--profile --json`) was meant as an
  // option: Node's loose tokenizer takes it as the value, so it is read here as a missing value, or as the help it asks for.
  const looksLikeOption = (t: (typeof tokens)[number]) =>
    t.kind === 'option' && t.inlineValue === false && /^-./.test(t.value ?? '');
  if (
    tokens.some(
      (t) => t.kind === 'option' && (t.name === HELP || (looksLikeOption(t) && /^(-h|--help)$/.test(t.value ?? ''))),
    )
  )
    return { help: true };
  const values: Options['values'] = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const option = spec[token.name];
    if (!option) return { error: `未知选项 / unknown option: ${token.rawName}` };
    if (option.type === 'boolean') {
      if (token.value !== undefined) return { error: `${token.rawName} 不带值 / ${token.rawName} takes no value` };
      values[token.name] = true;
    } else if (!token.value || looksLikeOption(token) || (option.accepts && !option.accepts(token.value))) {
      const got = token.value && !looksLikeOption(token) ? `, got: ${token.value}` : '';
      return { error: `${token.rawName} ${option.takes.zh} / ${token.rawName} ${option.takes.en}${got}` };
    } else values[token.name] = token.value;
  }
  return { values, positionals };
}

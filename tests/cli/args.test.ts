import { parseArgs } from '../../src/cli/args';

/** What the command line makes of what a user types: the parsed command, or the one line it answers with. */
const parse = (line: string) => parseArgs(line.split(' ').filter(Boolean));
const error = (line: string) => {
  const r = parse(line);
  return 'error' in r ? r.error : undefined;
};

describe('the command line’s options', () => {
  it('reads every command’s options, as --name value and as --name=value', () => {
    expect(parse('check --json --lang en --profile p.json --summary s.xlsx a.xlsx dir')).toEqual({
      command: 'check',
      json: true,
      lang: 'en',
      profile: 'p.json',
      summary: 's.xlsx',
      files: ['a.xlsx', 'dir'],
    });
    expect(parse('check --lang=en a.xlsx')).toEqual({ command: 'check', json: false, lang: 'en', files: ['a.xlsx'] });
    expect(parse('check-report r.docx --against=f.xlsx --sheet 表1 --json')).toEqual({
      command: 'check-report',
      report: 'r.docx',
      against: 'f.xlsx',
      sheet: '表1',
      json: true,
      lang: 'zh',
    });
    expect(parse('report f.xlsx --out out --no-attachment --lang en')).toEqual({
      command: 'report',
      file: 'f.xlsx',
      out: 'out',
      sheet: undefined,
      lang: 'en',
      noAttachment: true,
      profile: undefined,
    });
  });

  it('takes what follows -- as files, even when it looks like an option', () => {
    expect(parse('check a.xlsx -- --b.xlsx')).toMatchObject({ files: ['a.xlsx', '--b.xlsx'] });
  });

  it('says the same thing, the same way, about an option any command gets wrong', () => {
    for (const command of ['check a.xlsx', 'check-report r.docx --against f.xlsx', 'report f.xlsx']) {
      expect(error(`${command} --lang fr`)).toBe('--lang 应为 zh 或 en / --lang takes zh or en, got: fr');
      expect(error(`${command} --lang`)).toBe('--lang 应为 zh 或 en / --lang takes zh or en');
      expect(error(`${command} --bogus`)).toBe('未知选项 / unknown option: --bogus');
      expect(error(`${command} -x`)).toBe('未知选项 / unknown option: -x');
      expect(parse(`${command} --help`)).toEqual({ command: 'help' });
      expect(parse(`${command} -h`)).toEqual({ command: 'help' });
    }
    for (const command of ['check a.xlsx', 'report f.xlsx']) {
      expect(error(`${command} --profile`)).toBe('--profile 需要一个文件 / --profile takes a file');
      expect(error(`${command} --profile=`)).toBe('--profile 需要一个文件 / --profile takes a file');
    }
    expect(error('check-report r.docx --against f.xlsx --profile p.json')).toBe('未知选项 / unknown option: --profile');
    for (const command of ['check a.xlsx', 'check-report r.docx --against f.xlsx'])
      expect(error(`${command} --json=yes`)).toBe('--json 不带值 / --json takes no value');
    expect(error('report f.xlsx --json=yes')).toBe('未知选项 / unknown option: --json');
  });

  it('takes an option-like word after a string option as a missing value, or as the help it asks for', () => {
    expect(error('check --profile --json a.xlsx')).toBe('--profile 需要一个文件 / --profile takes a file');
    expect(error('check --summary --json a.xlsx')).toBe(
      '--summary 需要一个 .xlsx 文件名 / --summary takes an .xlsx file name',
    );
    expect(error('check-report r.docx --against --json')).toMatch(/^--against /);
    expect(parse('check --profile -h a.xlsx')).toEqual({ command: 'help' });
    expect(parse('check --profile=-p.json a.xlsx')).toMatchObject({ profile: '-p.json' });
    expect(parse('check --profile - a.xlsx')).toMatchObject({ profile: '-' });
    expect(parse('check a.xlsx -- -h')).toMatchObject({ files: ['a.xlsx', '-h'] });
  });

  it('names what each command still needs, or has too much of', () => {
    expect(error('check')).toBe('请给出要检查的文件 / name at least one file to check');
    expect(error('check a.xlsx --summary out.csv')).toBe(
      '--summary 需要一个 .xlsx 文件名 / --summary takes an .xlsx file name, got: out.csv',
    );
    expect(error('check-report r.docx')).toBe('请用 --against 给出自评表 / name the form with --against FILE');
    expect(error('check-report --against f.xlsx')).toBe('请给出一份报告 / name one report to check');
    expect(error('check-report r.docx --against')).toBe('--against 需要一个文件 / --against takes a file');
    expect(error('report')).toBe('请给出工作簿 / name the workbook');
    expect(error('report a.xlsx b.xlsx')).toBe('只能给出一个工作簿 / one workbook only: b.xlsx');
    // Given at the end with nothing after it, --out and --sheet were once ignored without a word.
    expect(error('report a.xlsx --out')).toBe(
      '--out 后应给出 .docx 文件或文件夹 / --out takes a .docx file or a folder',
    );
    expect(error('report a.xlsx --sheet')).toBe('--sheet 需要工作表名称 / --sheet takes a sheet name');
    expect(error('frobnicate')).toBe('未知命令 / unknown command: frobnicate');
  });
});

// Makes dist/cli/ziping.js.cache, V8's code cache for the CLI's bundle (bin/load.js), after checks that compile what
// a check of workbooks runs: the sample form (fixtures/lukou-2022.json), a workbook of formulas saved without their
// results (as ZiPing's own writer and generators save them, so the formula libraries are compiled too) and, in a
// checkout of the repository, the corpus of real forms (tests/corpus/xlsx). Run by scripts/bundle-cli.js in a fresh
// process after each build.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const ExcelJS = require('exceljs');
const { makeCache } = require('../bin/load.js');

const root = path.join(__dirname, '..');
const sample = path.join(root, 'fixtures', 'lukou-2022.json');
const corpus = path.join(root, 'tests', 'corpus', 'xlsx');
const quiet = { out() {}, err() {} };

/** A small form whose rate and score are formulas without results, as ZiPing writes them. */
async function formulas(file) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('附件1');
  sheet.addRow(['项目名称', '样例']);
  sheet.addRow(['年度资金总额', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
  sheet.addRow([
    '',
    100,
    120,
    110,
    10,
    { formula: 'IF(N(C3)>0,D3/C3,"")' },
    { formula: 'IF(N(C3)>0,ROUND(MAX(0,MIN(D3/C3,1))*E3,2),"")' },
  ]);
  sheet.addRow(['总分', { formula: 'SUM(G3:G3)&"分"' }]);
  await workbook.xlsx.writeFile(file);
}

makeCache(async (cli) => {
  await cli.run(['check', '--json', sample], quiet);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-cache-'));
  try {
    const file = path.join(dir, 'formulas.xlsx');
    await formulas(file);
    await cli.run(['check', '--json', file], quiet);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (fs.existsSync(corpus)) await cli.run(['check', '--json', corpus], quiet);
}).catch((e) => {
  console.error(
    `scripts/cli-cache.js: no code cache made (${e instanceof Error ? e.message : String(e)}); the CLI works without it`,
  );
});

#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports */
// `npm start`: serves the add-in and the in-browser preview on localhost, https when development certificates
// are installed (as Excel needs for sideloading), plain http otherwise (enough for the preview). Ctrl-C stops it.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');

const PORT = Number(process.env.PORT || 3000);

/** The certificates `npx office-addin-dev-certs install` leaves in the home folder, when they are there. */
function devCertificates() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  try {
    return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
  } catch {
    return undefined;
  }
}

async function main() {
  const config = require('../webpack.config.js')({ preview: true }, { mode: 'development' });
  const certs = devCertificates();
  const scheme = certs ? 'https' : 'http';
  const server = new WebpackDevServer(
    {
      port: PORT,
      host: 'localhost',
      server: certs ? { type: 'https', options: certs } : { type: 'http' },
      hot: false,
      liveReload: false,
      client: false,
      static: false,
      headers: { 'Cache-Control': 'no-store' },
    },
    webpack(config),
  );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    await server.start();
  } catch (e) {
    console.error(`ZiPing: 无法在端口 ${PORT} 启动服务 / cannot serve on port ${PORT}: ${e.message}`);
    process.exit(1);
  }
  const base = `${scheme}://localhost:${PORT}`;
  console.log(`
ZiPing 已启动 / ZiPing is running
  预览（无需 Excel）/ Preview (no Excel needed):   ${base}/preview.html
  任务窗格 / Task pane:                          ${base}/taskpane.html
  清单 / Manifest:                                ${path.resolve(__dirname, '..', 'manifest.xml')}
${certs ? '' : `
  未找到开发证书，使用 http。要在 Excel 中旁加载，请先在 Windows 或 macOS 上运行 npx office-addin-dev-certs install，
  再运行 npm start（清单中的地址是 https://localhost:${PORT}）。
  No development certificates found: serving http. To sideload into Excel, run npx office-addin-dev-certs install
  on Windows or macOS first, then npm start again (the manifest points at https://localhost:${PORT}).
`}  旁加载 / Sideload: Excel desktop — 共享文件夹目录 shared-folder catalog; Excel 网页版 / on the web — 上传我的加载项 Upload My Add-in (see README).
  按 Ctrl-C 停止 / Press Ctrl-C to stop.
`);
}

main();

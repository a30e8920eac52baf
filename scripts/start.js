#!/usr/bin/env node
// `npm start`: builds and serves the add-in and the in-browser preview on localhost, https when development
// certificates are installed (as Excel needs for sideloading), plain http otherwise (enough for the preview).
// Ctrl-C (or SIGTERM) stops the server and the compilers and leaves nothing running.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');

const PORT = Number(process.env.PORT || 3000);
/** The port manifest.xml names (https://localhost:3000). */
const MANIFEST_PORT = 3000;

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

function banner(base, certs) {
  return `
ZiPing 已启动 / ZiPing is running
  预览（无需 Excel）/ Preview (no Excel needed):   ${base}/preview.html
  任务窗格 / Task pane:                          ${base}/taskpane.html
  清单 / Manifest:                                ${path.resolve(__dirname, '..', 'manifest.xml')}
${
  certs
    ? ''
    : `
  未找到开发证书，使用 http。要在 Excel 中旁加载，请先在 Windows 或 macOS 上运行 npx office-addin-dev-certs install，
  再运行 npm start（清单中的地址是 https://localhost:${MANIFEST_PORT}）。
  No development certificates found: serving http. To sideload into Excel, run npx office-addin-dev-certs install
  on Windows or macOS first, then npm start again (the manifest points at https://localhost:${MANIFEST_PORT}).
`
}${
    PORT === MANIFEST_PORT
      ? ''
      : `
  注意：清单中的地址是端口 ${MANIFEST_PORT}，Excel 只能从该端口加载 / Note: manifest.xml points at port ${MANIFEST_PORT}; Excel loads the add-in from there only.
`
  }  旁加载 / Sideload: Excel desktop — 共享文件夹目录 shared-folder catalog; Mac — ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/;
    Excel 网页版 / on the web — 上传我的加载项 Upload My Add-in (see README).
  修改源代码后页面需手动刷新 / Reload the page after editing the sources (no live reload).
  按 Ctrl-C 停止 / Press Ctrl-C to stop.
`;
}

async function main() {
  const config = require('../webpack.config.js')({ preview: true }, { mode: 'development' });
  const certs = devCertificates();
  const scheme = certs ? 'https' : 'http';
  const base = `${scheme}://localhost:${PORT}`;
  const compiler = webpack(config);
  let first = true;
  compiler.hooks.done.tap('ziping-start', (stats) => {
    if (stats.hasErrors()) {
      console.error('\nZiPing: 编译出错 / the build failed (the server keeps running; fix the sources and reload):');
      console.error(stats.toString({ all: false, errors: true, colors: false }));
      return;
    }
    if (first) console.log(banner(base, certs));
    else console.log(`ZiPing: 已重新编译 / rebuilt (${new Date().toLocaleTimeString()})`);
    first = false;
  });
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
      devMiddleware: { stats: 'errors-warnings' },
    },
    compiler,
  );
  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nZiPing: 正在停止 / stopping (${signal})…`);
    // Force the exit if closing hangs (a connection kept alive by a browser tab, a compiler mid-build).
    setTimeout(() => process.exit(0), 5000).unref();
    try {
      await server.stop();
      await new Promise((resolve) => compiler.close(resolve));
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGHUP', () => void stop('SIGHUP'));
  console.log(`ZiPing: 正在编译加载项和预览 / building the add-in and the preview (${base})…`);
  try {
    await server.start();
  } catch (e) {
    console.error(`ZiPing: 无法在端口 ${PORT} 启动服务 / cannot serve on port ${PORT}: ${e.message}`);
    process.exit(1);
  }
}

main();

const path = require('node:path');
const zlib = require('node:zlib');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { EsbuildPlugin } = require('esbuild-loader');
const { requireTs } = require('./scripts/requireTs');

/**
 * Where the add-in is deployed (ADDIN_URL, else the dev server) and where office.js comes from (OFFICE_JS_URL, else
 * Microsoft's CDN): the manifest's URLs, its version (package.json's), the pane's CSP and the help page follow.
 */
function deployment(env) {
  const { addinBase, manifestVersion, renderManifest, PAGES } = requireTs('src/build/deployment.ts');
  const { officeJsUrl, contentSecurityPolicy } = requireTs('src/build/csp.ts');
  const { renderHelpPage, HELP_CSS } = requireTs('src/build/helpPage.ts');
  const base = addinBase(env.addinUrl ?? process.env.ADDIN_URL);
  const officeJs = officeJsUrl(env.officeJsUrl ?? process.env.OFFICE_JS_URL);
  const version = require('./package.json').version;
  return {
    base,
    officeJs,
    csp: contentSecurityPolicy(officeJs),
    manifest: (source) => renderManifest(source.toString('utf8'), { base, version: manifestVersion(version) }),
    generated: { [PAGES.help]: () => renderHelpPage(version), [PAGES.helpCss]: () => HELP_CSS },
  };
}

/** Emits files rendered at build time ({ name: () => text }). */
class GeneratedFilesPlugin {
  constructor(files) {
    this.files = files;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('GeneratedFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'GeneratedFilesPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const [file, render] of Object.entries(this.files))
            compilation.emitAsset(file, new compiler.webpack.sources.RawSource(render()));
        },
      );
    });
  }
}

/** Prints the gzip size of the JavaScript an entry loads first (lazy chunks excluded). */
class InitialSizePlugin {
  constructor(names) {
    this.names = names;
  }

  apply(compiler) {
    compiler.hooks.done.tap('InitialSizePlugin', (stats) => {
      const { compilation } = stats;
      // A failed build emits nothing to measure; its errors are what matters.
      if (stats.hasErrors()) return;
      for (const name of this.names) {
        const entry = compilation.entrypoints.get(name);
        if (!entry) continue;
        let raw = 0;
        let gzip = 0;
        for (const file of entry.getFiles().filter((f) => f.endsWith('.js'))) {
          // Through the compiler's output file system: the dev server keeps its output in memory, not on disk.
          const buffer = compiler.outputFileSystem.readFileSync(path.join(compilation.outputOptions.path, file));
          raw += buffer.length;
          gzip += zlib.gzipSync(buffer, { level: 9 }).length;
        }
        console.log(
          `[size] ${name}: initial JavaScript ${(raw / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip`,
        );
      }
    });
  }
}

/**
 * Fails the build when a module the production add-in must never contain reaches the `taskpane` bundle:
 * HyperFormula (GPLv3) and the Excel double it serves are for tests and the dev-only preview.
 */
class ForbiddenModulesPlugin {
  apply(compiler) {
    const forbidden = [
      `${path.sep}node_modules${path.sep}hyperformula${path.sep}`,
      path.join('src', 'hosts', 'excelDouble') + path.sep,
      path.join('src', 'preview') + path.sep,
    ];
    compiler.hooks.compilation.tap('ForbiddenModulesPlugin', (compilation) => {
      compilation.hooks.finishModules.tap('ForbiddenModulesPlugin', (modules) => {
        const hits = [...modules].map((m) => m.resource || '').filter((r) => forbidden.some((f) => r.includes(f)));
        if (hits.length) {
          const shown = hits
            .slice(0, 5)
            .map((r) => `  ${path.relative(__dirname, r)}`)
            .join('\n');
          compilation.errors.push(
            new Error(
              `the production add-in must not contain HyperFormula (GPLv3), the Excel double or the preview; ${hits.length} module(s), among them:\n${shown}`,
            ),
          );
        }
      });
    });
  }
}

const rules = [{ test: /\.tsx?$/, loader: 'esbuild-loader', options: { target: 'es2020', jsx: 'automatic' } }];

/**
 * The Excel add-in: the task pane (also the ribbon commands' page), the old-webview check, the help page and the
 * manifest. What `npm run build` ships.
 */
function addin(production, env) {
  const deploy = deployment(env);
  return {
    name: 'addin',
    mode: production ? 'production' : 'development',
    // Never an eval-based devtool: the pages' Content-Security-Policy allows no eval.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry: { taskpane: './src/addin/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist/addin'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: { rules },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/addin/html/taskpane.html',
        templateParameters: { csp: deploy.csp, officeJs: deploy.officeJs },
        chunks: ['taskpane'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'src/addin/html/es5check.js', to: 'es5check.js' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: deploy.manifest },
        ],
      }),
      new GeneratedFilesPlugin(deploy.generated),
      new InitialSizePlugin(['taskpane']),
      new ForbiddenModulesPlugin(),
    ],
    performance: { hints: false },
    optimization: { splitChunks: { chunks: 'async' } },
    stats: 'errors-warnings',
    devServer: { port: 3000, hot: false, static: false },
  };
}

/**
 * The in-browser preview (dev only, never shipped): the real task pane, gateway and controller on the Excel
 * double (HyperFormula, GPLv3), beside a grid of the double's sheets. A build of its own, into dist/preview.
 */
function preview(production, fast) {
  return {
    name: 'preview',
    mode: production ? 'production' : 'development',
    // `--env fast` (the end-to-end tests' build): no source maps.
    devtool: fast ? false : production ? 'source-map' : 'cheap-module-source-map',
    entry: { preview: './src/preview/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist/preview'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules,
      // exceljs resolves to its self-contained browser build (package.json "browser"): nothing in it to parse.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: './src/preview/preview.html',
        chunks: ['preview'],
        favicon: './assets/icon-32.png',
      }),
      new CopyWebpackPlugin({ patterns: [{ from: 'src/preview/preview.css', to: 'preview.css' }] }),
      new InitialSizePlugin(['preview']),
    ],
    performance: { hints: false },
    // esbuild minifies the preview's 1.5 MB several times faster than Terser; the add-in keeps Terser.
    optimization: {
      splitChunks: { chunks: 'async' },
      minimizer: [new EsbuildPlugin({ target: 'es2020', css: false })],
    },
    stats: 'errors-warnings',
  };
}

/**
 * `webpack --mode production`: the add-in only, for ADDIN_URL (or `--env addinUrl=…`; the dev server's
 * https://localhost:3000/ without it) and OFFICE_JS_URL (or `--env officeJsUrl=…`; Microsoft's CDN without it). `--env preview`: the add-in and the preview (as `npm start`
 * serves them); add `--config-name preview` for the preview alone.
 */
module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  return env.preview ? [addin(production, env), preview(production, env.fast === true)] : addin(production, env);
};

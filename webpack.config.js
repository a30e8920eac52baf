/* eslint-disable @typescript-eslint/no-require-imports */
const path = require('node:path');
const zlib = require('node:zlib');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** Prints the gzip size of the JavaScript the task pane loads first (lazy chunks excluded). */
class InitialSizePlugin {
  apply(compiler) {
    compiler.hooks.done.tap('InitialSizePlugin', (stats) => {
      const { compilation } = stats;
      for (const name of ['taskpane']) {
        const entry = compilation.entrypoints.get(name);
        if (!entry) continue;
        let raw = 0;
        let gzip = 0;
        for (const file of entry.getFiles().filter((f) => f.endsWith('.js'))) {
          const buffer = require('node:fs').readFileSync(path.join(compilation.outputOptions.path, file));
          raw += buffer.length;
          gzip += zlib.gzipSync(buffer, { level: 9 }).length;
        }
        console.log(`[size] ${name}: initial JavaScript ${(raw / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip`);
      }
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const entry = {
    taskpane: './src/addin/taskpane/index.tsx',
  };
  const pages = [
    new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/addin/html/taskpane.html', chunks: ['taskpane'] }),
  ];
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry,
    output: { path: path.resolve(__dirname, 'dist/addin'), filename: '[name].[contenthash:8].js', chunkFilename: '[name].[contenthash:8].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [{ test: /\.tsx?$/, loader: 'esbuild-loader', options: { target: 'es2020', jsx: 'automatic' } }],
    },
    plugins: [
      ...pages,
      new CopyWebpackPlugin({ patterns: [{ from: 'assets', to: 'assets' }, { from: 'manifest.xml', to: 'manifest.xml' }] }),
      new InitialSizePlugin(),
    ],
    performance: { hints: false },
    optimization: { splitChunks: { chunks: 'async' } },
    stats: 'errors-warnings',
    devServer: { port: 3000, hot: false, static: false },
  };
};

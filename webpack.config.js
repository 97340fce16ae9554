// Builds the task pane, the ribbon's function file and the browser preview into dist/.
//   webpack --mode development        dev build (URLs https://localhost:3000/)
//   webpack --mode production         release build: hashed names, manifest URLs rewritten to
//                                     ADDIN_PUBLIC_URL (must be set to where dist/ is hosted)
//   webpack serve                     HTTPS dev server on port 3000 (office-addin-dev-certs)
//   PREVIEW=1 webpack serve           plain http://localhost:3000 for the preview page, no certificates
'use strict';
const path = require('node:path');
const zlib = require('node:zlib');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const DEFAULT_PUBLIC_URL = 'https://egov-scorecard.example.invalid/';
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
/** The task pane's initial JavaScript (everything before the first dynamic import), gzip. */
const TASKPANE_INITIAL_GZIP_BUDGET = 200 * 1024;

function publicUrl() {
  const raw = process.env.ADDIN_PUBLIC_URL || DEFAULT_PUBLIC_URL;
  const url = raw.endsWith('/') ? raw : `${raw}/`;
  if (!/^https:\/\/[^/]+\//.test(url)) throw new Error(`ADDIN_PUBLIC_URL must be an https:// URL, got "${raw}"`);
  if (!process.env.ADDIN_PUBLIC_URL) {
    console.warn(`! ADDIN_PUBLIC_URL is not set: the manifest in dist/ points at ${DEFAULT_PUBLIC_URL}, which does not exist.`);
  }
  return url;
}

/** The manifest with its dev URLs (and the bare dev origin, as in AppDomain) moved to the release URL. */
function releaseManifest(xml, releaseUrl) {
  return xml.split(DEV_URL).join(releaseUrl).split(DEV_URL.slice(0, -1)).join(new URL(releaseUrl).origin);
}

/** package.json's version as the manifest's four-part <Version> (Office updates an add-in when it rises). */
function withVersion(xml) {
  const version = `${require('./package.json').version}.0`;
  return xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
}

function swcRule(test, tsx) {
  return {
    test,
    exclude: /node_modules/,
    use: {
      loader: 'swc-loader',
      options: {
        jsc: {
          parser: { syntax: 'typescript', tsx },
          // ES2019: every webview of the support floor has it (WebView2, Safari/WKWebView of the
          // macOS versions Excel for Mac supports, current browsers); IE11 and EdgeHTML get the
          // inline "please upgrade" page instead. A lower target would expand every \p{…}
          // regex into kilobytes of character classes and object spread into helper calls.
          target: 'es2019',
          transform: tsx ? { react: { runtime: 'automatic' } } : undefined,
        },
      },
    },
  };
}

/** Fails the build when an entry's initial JS grows past its gzip budget (lazy chunks excluded). */
class InitialGzipBudgetPlugin {
  constructor(entry, budget) {
    this.entry = entry;
    this.budget = budget;
  }
  apply(compiler) {
    const stage = compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ANALYSE;
    compiler.hooks.thisCompilation.tap('InitialGzipBudgetPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'InitialGzipBudgetPlugin', stage }, () => {
        const entrypoint = compilation.entrypoints.get(this.entry);
        if (!entrypoint) return;
        let total = 0;
        for (const file of entrypoint.getFiles().filter((f) => f.endsWith('.js'))) {
          total += zlib.gzipSync(compilation.getAsset(file).source.buffer(), { level: 9 }).length;
        }
        const line = `${this.entry}: initial JS ${(total / 1024).toFixed(1)} KB gzip (budget ${(this.budget / 1024).toFixed(0)} KB)`;
        if (total > this.budget) compilation.errors.push(new compiler.webpack.WebpackError(line));
        else console.log(line);
      });
    });
  }
}

async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const preview = process.env.PREVIEW === '1';
  const serving = Boolean(env.WEBPACK_SERVE);
  const releaseUrl = production ? publicUrl() : DEV_URL;
  const name = production ? '[name].[contenthash:8]' : '[name]';

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      preview: './src/preview/preview.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: `${name}.js`,
      chunkFilename: `${name}.js`,
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: [swcRule(/\.ts$/, false), swcRule(/\.tsx$/, true)] },
    optimization: {
      // Shared vendor code (React, Fluent) in common chunks; dynamic import() targets (xlsx
      // reading, consolidation) become async chunks that load only when used.
      splitChunks: { chunks: 'all' },
    },
    performance: { hints: false }, // replaced by the gzip budget below, which is what users download
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new HtmlWebpackPlugin({ filename: 'preview.html', template: './src/preview/preview.html', chunks: ['preview'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/help/support.html', to: 'support.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => withVersion(production ? releaseManifest(content.toString(), releaseUrl) : content.toString()),
          },
        ],
      }),
      ...(production ? [new InitialGzipBudgetPlugin('taskpane', TASKPANE_INITIAL_GZIP_BUDGET)] : []),
    ],
    devServer: {
      port: PORT,
      // Loopback only: the add-in and the preview are for this machine, not the network.
      host: 'localhost',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      server: serving && !preview ? { type: 'https', options: await httpsOptions() } : 'http',
      open: false,
    },
  };
};

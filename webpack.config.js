/* eslint-disable no-undef */
// Builds the add-in into dist/addin (and only there: dist/cli belongs to the command line).
//   functions.js   the custom functions; small, loaded first so =KPI. works before the pane's UI loads
//   taskpane.js    the React task pane's first paint
//   [name].[hash].js  what the pane loads on first use: its actions' code (sheet plans, Office.js
//                  adapter, CSV reader, sample), the sharing converter, the replace dialog; hashed,
//                  so a cached chunk never meets a newer taskpane.js
//   taskpane.html  the shared runtime's page: functions.js, then taskpane.js, under a Content-Security-Policy
//   functions.json / functions-ja.json   custom functions metadata, English from the JSDoc, Japanese
//                  from it and functions/ja.ts; every help URL is the host's README.md
//   manifest.xml   the manifest with the add-in's host; assets/ icons; README.md (the help URL)
// The host is the one value a deployment sets: `npm run build -- --env host=https://…/` or the
// environment variable KPI_SHEETS_HOST. A production build writes its source maps to dist/sourcemaps,
// beside dist/addin, so the folder published on the intranet holds none.
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

/** The development host: manifest.xml is written with it, and the dev server serves it. */
const urlDev = "https://localhost:3000/";
/** The host `npm run build:test` builds for (npm test): a reserved name (.test, RFC 2606) nothing answers. */
const testHost = "https://kpi-sheets.test/addin/";
/** Where office.js comes from: taskpane.html loads it from Microsoft's CDN. */
const officeJsOrigin = "https://appsforoffice.microsoft.com";
const hostVariable = "KPI_SHEETS_HOST";
const outDir = path.resolve(__dirname, "dist/addin");
const mapsDir = path.resolve(__dirname, "dist/sourcemaps");
const functionsSource = "./functions/functions.ts";
/** The custom functions' help: the README's section, on the add-in's host. */
const helpPath = "README.md#custom-functions";

const usage = `npm run build -- --env host=https://intranet.example.lg.jp/kpi-sheets/ (or set ${hostVariable})`;

/** A bad or missing host: the build stops with its message alone (no stack: it is the user's input). */
class HostError extends Error {}

/**
 * The add-in's host, checked: an https URL of a folder (ending in /), with no query, fragment or
 * credentials, and only characters that are safe in the manifest and the CSP.
 */
function addinHost(value) {
  if (value === undefined || value === "" || value === true)
    throw new HostError(
      `The build needs the add-in's host, the HTTPS folder that will serve dist/addin: ${usage}. ` +
        "It is written into the manifest, the functions' help links and the page's Content-Security-Policy.",
    );
  const text = String(value);
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new HostError(`The host "${text}" is not a URL. Build with ${usage}.`);
  }
  if (url.protocol !== "https:")
    throw new HostError(`The host "${text}" must use https:// (Office loads add-ins only over HTTPS).`);
  if (!text.endsWith("/"))
    throw new HostError(`The host "${text}" must end with / (the folder that holds taskpane.html): "${text}/".`);
  if (url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "")
    throw new HostError(`The host "${text}" may not hold a user name, password, query or fragment.`);
  if (!/^[A-Za-z0-9._~%/-]*$/.test(url.pathname))
    throw new HostError(`The host's path "${url.pathname}" may hold only letters, digits and . _ ~ % / -.`);
  return url.href;
}

/** The host a build is for: development, the test host, or the one given (option first, then variable). */
function hostFor(env, dev) {
  if (dev) return urlDev;
  if (env.test === true) return testHost;
  return addinHost(env.host !== undefined ? env.host : process.env[hostVariable]);
}

/** The manifest for a host: every URL on it, and a comment that says which manifest this is. */
function manifestFor(source, host) {
  const comment = /<!--[\s\S]*?-->/;
  if (!comment.test(source)) throw new Error("manifest.xml has lost its leading comment");
  const production = [
    "<!--",
    "  KPI Sheets: the production manifest, written by `npm run build` from manifest.xml. Every URL",
    "  in it is on the add-in's host given to the build, the HTTPS folder that serves dist/addin.",
    "  Deploy this file (Microsoft 365 admin center, integrated apps, or a shared-folder catalog).",
    "-->",
  ].join("\n");
  return source.replace(comment, production).split(urlDev).join(host);
}

/** The page's Content-Security-Policy: scripts from the add-in's host and office.js's origin only. */
function contentSecurityPolicy(host) {
  const own = `'self' ${host}`;
  return [
    "default-src 'none'",
    `script-src ${own} ${officeJsOrigin}`,
    `connect-src ${own} ${officeJsOrigin}`,
    // Fluent UI (Griffel) and office.js insert <style> elements as they run
    `style-src ${own} 'unsafe-inline'`,
    `img-src ${own}`,
    `font-src ${own}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** The metadata with every function's help URL on the host. */
function withHelpHost(metadata, host) {
  return { ...metadata, functions: metadata.functions.map((f) => ({ ...f, helpUrl: `${host}${helpPath}` })) };
}

/**
 * Sets every help URL of functions.json (generated from the JSDoc) on the add-in's host, then
 * writes functions-ja.json from it and the table in functions/ja.ts.
 */
class FunctionsMetadataPlugin {
  constructor(host) {
    this.host = host;
  }

  apply(compiler) {
    const tableFile = path.resolve(__dirname, "functions/ja.ts");
    const name = "FunctionsMetadataPlugin";
    const stage = { name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL };
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.fileDependencies.add(tableFile);
      const emit = (assets) => {
        const english = assets["functions.json"];
        if (english === undefined) return; // the metadata plugin has reported why
        try {
          const metadata = withHelpHost(JSON.parse(english.source().toString()), this.host);
          compilation.updateAsset("functions.json", new webpack.sources.RawSource(JSON.stringify(metadata, null, 2)));
          // loaded through tsx, so the table stays TypeScript and shares its types with the tests
          const { localizeMetadata } = require("tsx/cjs/api").require(tableFile, __filename);
          const ja = localizeMetadata(metadata);
          compilation.emitAsset("functions-ja.json", new webpack.sources.RawSource(JSON.stringify(ja, null, 2)));
        } catch (error) {
          compilation.errors.push(new webpack.WebpackError(String(error && error.message ? error.message : error)));
        }
      };
      compilation.hooks.processAssets.tap(stage, emit);
    });
  }
}

/** Where the maps go, from the output folder: dist/addin → dist/sourcemaps. */
const mapsFromOutput = path.relative(outDir, mapsDir).split(path.sep).join("/");

/** Empties the maps' folder before a production build writes them (output.clean covers dist/addin only). */
class CleanSourceMapsPlugin {
  apply(compiler) {
    compiler.hooks.beforeRun.tap("CleanSourceMapsPlugin", () => {
      fs.rmSync(path.resolve(compiler.options.output.path, mapsFromOutput), { recursive: true, force: true });
    });
  }
}

/** HTTPS for the dev server only; never called by a build or a test (it may install a certificate). */
function devServerHttps() {
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions().then((options) => ({ ca: options.ca, key: options.key, cert: options.cert }));
}

module.exports = (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  let host;
  try {
    host = hostFor(env, dev);
  } catch (error) {
    if (!(error instanceof HostError)) throw error;
    console.error(`kpi-sheets: ${error.message}`);
    process.exit(2);
  }
  const config = {
    // production: the maps go to dist/sourcemaps, and the bundles do not point to them
    devtool: dev ? "source-map" : false,
    entry: {
      functions: functionsSource,
      // the pane runs on the page functions.js has already run on (taskpane.html loads both, in this
      // order): what the two share (the language pack, the engine) is shipped once, in functions.js,
      // and taskpane.js takes it from there; functions.js keeps the webpack runtime and stays whole alone
      taskpane: { import: "./taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      path: outDir,
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      // chunks load beside the page (taskpane.html and its scripts are one folder); the runtime, in
      // functions.js, does not look for its own script's URL, which the custom functions runtime may not have
      publicPath: "",
      // the chunk list on globalThis, which every runtime has (self is a page's and a worker's)
      globalObject: "globalThis",
      clean: true, // cleans output.path, dist/addin, only
    },
    // what Office's webviews run (Edge WebView2, Safari): the runtime webpack writes may use arrows and const
    target: ["web", "es2020"],
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // type checking is `npm run typecheck`; ES modules let webpack drop what a bundle does not use
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: true } },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: functionsSource, output: "functions.json" }),
      new FunctionsMetadataPlugin(host),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./taskpane/taskpane.html",
        templateParameters: { contentSecurityPolicy: contentSecurityPolicy(host) },
        // the functions register before the pane's UI code runs
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "README.md", to: "README.md", noErrorOnMissing: true },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return dev ? content : manifestFor(content.toString(), host);
            },
          },
        ],
      }),
      ...(dev
        ? []
        : [
            new CleanSourceMapsPlugin(),
            new webpack.SourceMapDevToolPlugin({
              filename: `${mapsFromOutput}/[file].map`,
              append: false,
            }),
          ]),
    ],
    // one request per first use: an on-demand chunk keeps its libraries (the dialog's Fluent code)
    // rather than sharing them through a separate vendors chunk
    // no shared chunks: each action's code is one file (the departments' .xlsx chunk repeats what it needs of the engine)
    optimization: {
      splitChunks: { cacheGroups: { defaultVendors: false, default: false } },
      // the sources are ES2020 (tsconfig.json): terser may print them as such
      minimizeOptions: { javascript: { ecma: 2020, compress: { passes: 3 } } },
      // the shortest names for the modules and exports the two bundles share, not stable hashes
      moduleIds: "size",
      mangleExports: "size",
    },
    // the task pane bundle is large by nature (React, Fluent UI); its size is measured by the bench
    performance: { hints: false },
  };
  if (!serving) return config;
  return devServerHttps().then((https) => {
    config.devServer = {
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: https },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    };
    return config;
  });
};

Object.assign(module.exports, {
  urlDev,
  testHost,
  officeJsOrigin,
  hostVariable,
  helpPath,
  outDir,
  mapsDir,
  addinHost,
  hostFor,
  HostError,
  manifestFor,
  contentSecurityPolicy,
  withHelpHost,
});

/* eslint-disable no-undef */
// Builds the add-in into dist/addin (and only there: dist/cli belongs to the command line).
//   functions.js   the custom functions; small, loaded first so =KPI. works before the pane's UI loads
//   taskpane.js    the React task pane
//   taskpane.html  the shared runtime's page: functions.js, then taskpane.js
//   functions.json / functions-ja.json   custom functions metadata, English from the JSDoc, Japanese
//                  from it and functions/ja.ts
//   manifest.xml   the manifest with the production host; assets/ icons; README.md (the help URL)
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

/** The one place the hosts are set: manifest.xml is written with urlDev, the build swaps in urlProd. */
const urlDev = "https://localhost:3000/";
const urlProd = "https://kpi-sheets.example.org/";
const outDir = path.resolve(__dirname, "dist/addin");
const functionsSource = "./functions/functions.ts";

/** Writes functions-ja.json from the generated functions.json and the table in functions/ja.ts. */
class FunctionsJaPlugin {
  apply(compiler) {
    const tableFile = path.resolve(__dirname, "functions/ja.ts");
    const stage = { name: "FunctionsJaPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL };
    compiler.hooks.thisCompilation.tap("FunctionsJaPlugin", (compilation) => {
      compilation.fileDependencies.add(tableFile);
      const emitJapanese = (assets) => {
        const english = assets["functions.json"];
        if (english === undefined) return; // the metadata plugin has reported why
        try {
          // loaded through tsx, so the table stays TypeScript and shares its types with the tests
          const { localizeMetadata } = require("tsx/cjs/api").require(tableFile, __filename);
          const ja = localizeMetadata(JSON.parse(english.source().toString()));
          compilation.emitAsset("functions-ja.json", new webpack.sources.RawSource(JSON.stringify(ja, null, 2)));
        } catch (error) {
          compilation.errors.push(new webpack.WebpackError(String(error && error.message ? error.message : error)));
        }
      };
      compilation.hooks.processAssets.tap(stage, emitJapanese);
    });
  }
}

/** HTTPS for the dev server only; never called by a build or a test (it may install a certificate). */
function devServerHttps() {
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions().then((options) => ({ ca: options.ca, key: options.key, cert: options.cert }));
}

module.exports = (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const config = {
    devtool: "source-map",
    entry: {
      functions: functionsSource,
      taskpane: "./taskpane/index.tsx",
    },
    output: {
      path: outDir,
      filename: "[name].js",
      clean: true, // cleans output.path, dist/addin, only
    },
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
      new FunctionsJaPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./taskpane/taskpane.html",
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
              return dev ? content : content.toString().split(urlDev).join(urlProd);
            },
          },
        ],
      }),
    ],
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

module.exports.urlDev = urlDev;
module.exports.urlProd = urlProd;
module.exports.outDir = outDir;

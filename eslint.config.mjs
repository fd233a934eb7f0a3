// ESLint with the Office add-ins plugin (office-addin-lint uses this file when present), and
// typescript-eslint's type-checked rules on the product code.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tseslint from "typescript-eslint";

// the Office plugin's config brings an older copy of @typescript-eslint; one plugin object, the
// project's own, serves both its rules and the type-checked ones
const officeConfigs = officeAddins.configs.react.map((c) =>
  c.plugins?.["@typescript-eslint"] === undefined
    ? c
    : { ...c, plugins: { ...c.plugins, "@typescript-eslint": tseslint.plugin } },
);

const product = ["src/**/*.ts", "functions/**/*.ts", "taskpane/**/*.{ts,tsx}", "cli/**/*.ts"];

export default [
  { ignores: ["dist/**", "node_modules/**", "tests/e2e/output/**", "coverage/**"] },
  ...officeConfigs,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, "@typescript-eslint": tseslint.plugin },
    languageOptions: { parser: tsParser },
    settings: { react: { version: "18" } },
    // TypeScript checks names itself; no-undef does not know jest's or Office's globals
    rules: { "no-undef": "off", "no-unused-vars": "off" },
  },
  // typescript-eslint's own config objects register the plugin again: take their rules only
  ...tseslint.configs.recommendedTypeChecked.map(({ plugins: _plugins, ...config }) => ({ ...config, files: product })),
  {
    files: product,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    // the JSX transform (tsconfig "jsx": "react-jsx") needs no React in scope
    files: ["**/*.tsx"],
    rules: { "react/react-in-jsx-scope": "off", "react/jsx-uses-react": "off" },
  },
  {
    // custom-functions-metadata reads these signatures: Excel passes any[][] and the runtime's
    // associate takes any function, so the types here are what the tooling and runtime require
    files: ["functions/functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-unsafe-function-type": "off" },
  },
  {
    // the engine is pure: nothing from the entry points, no Office.js, DOM, React or Node
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/functions/**", "**/taskpane/**", "**/cli/**"],
              message: "src/ is the engine: the entry points import it, never the other way",
            },
            {
              group: ["node:*", "fs", "path", "os", "child_process", "react", "react-dom", "@fluentui/*", "exceljs"],
              message: "src/ uses no Node, DOM, React or file-format API",
            },
          ],
        },
      ],
    },
  },
  {
    // ExcelJS code (the .xlsx writer and its tests), not Office.js: its getCell() needs no load or sync
    files: ["cli/**/*.ts", "tests/cli/**/*.ts", "tests/e2e/**/*.ts", "bench/reference/**/*.ts"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
    },
  },
];

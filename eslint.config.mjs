// ESLint with the Office add-ins plugin (office-addin-lint uses this file when present).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/**", "node_modules/**", "tests/e2e/output/**", "coverage/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    settings: { react: { version: "18" } },
    // TypeScript checks names itself; no-undef does not know jest's or Office's globals
    rules: { "no-undef": "off", "no-unused-vars": "off" },
  },
  {
    // ExcelJS code (the .xlsx writer and its tests), not Office.js: its getCell() needs no load or sync
    files: ["cli/**/*.ts", "tests/cli/**/*.ts", "tests/e2e/**/*.ts"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
    },
  },
];

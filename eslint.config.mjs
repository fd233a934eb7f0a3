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
    rules: { "no-undef": "off" },
  },
];

/** @type {import('jest').Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/output/"],
  // a guard against a hung test, not a speed check (those are in npm run bench): CI shares its cores,
  // and a workbook written or read through ExcelJS can take several seconds there
  testTimeout: 60_000,
  reporters: ["default", "<rootDir>/tests/closingLine.js"],
  moduleNameMapper: {
    // office-addin-mock requires office-addin-manifest, which pulls ES modules jest on Node 20 cannot load;
    // the mock never uses it.
    "^office-addin-manifest$": "<rootDir>/tests/stubs/office-addin-manifest.js",
  },
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
};

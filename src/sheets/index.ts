/** Sheet plans: a plan turned into sheets as plain data, applied by the task pane and the CLI alike. */
export * from "./sheetPlan";
export * from "./ownCells";
export * from "../formula/a1";
export * from "./options";
export * from "./kpiLayout";
export * from "./nativeFormulas";
export * from "./gradeStyles";
export * from "./settingsSheet";
export * from "./valueCells";
export * from "./cachedValues";
export * from "./kpiRow";
export * from "./kpiSheet";
export * from "./summarySheet";
export * from "./workbookPlan";

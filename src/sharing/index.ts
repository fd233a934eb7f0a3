/** Prepare for sharing: KPI.* formulas rewritten in classic Excel functions (pure). */
export * from "../formula/tokens";
export * from "../formula/a1";
export * from "./nativeKpi";
export * from "./nativeYears";
export * from "./convert";

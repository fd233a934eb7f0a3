/** Prepare for sharing: KPI.* formulas rewritten in classic Excel functions (pure). */
export * from "./tokens";
export * from "./references";
export * from "./nativeKpi";
export * from "./convert";

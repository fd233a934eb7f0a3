/** Send to departments, collect their returns: split a plan per department, merge what comes back. */
export * from "./outcome";
export * from "./split";
export * from "./meta";
export * from "./returnTable";
export * from "./merge";
export * from "./mergeJson";
export * from "./collectionSheet";
export * from "./round";
export * from "./plainGrids";

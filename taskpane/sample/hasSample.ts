import { atsugiSampleCsv } from "./atsugiSample";

/** Whether the build carries the Atsugi sample (the generated module holds its text). */
export const hasSample: boolean = atsugiSampleCsv.trim() !== "";

/**
 * Sheet plans and the .xlsx writer: time to plan and to write workbooks of 1,000 and 10,000 KPIs,
 * the file size, and the length of the longest native formula (Excel's limit is 8,192 characters).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { decodeCsv, Indicator, Plan, readPlanCsv } from "../src";
import { workbookPlan } from "../src/sheets";
import { xlsxBytes } from "../cli/xlsx";

function scaled(plan: Plan, count: number): Plan {
  const indicators: Indicator[] = [];
  for (let i = 0; i < count; i++) {
    const base = plan.indicators[i % plan.indicators.length];
    indicators.push({ ...base, goal: (i % 4) + 1, name: `${base.name} #${i}` });
  }
  return { ...plan, indicators };
}

export async function run(): Promise<void> {
  const atsugi = readPlanCsv(decodeCsv(readFileSync(join(__dirname, "..", "examples", "atsugi-fy2024.csv")))).plan;
  for (const count of [1_000, 10_000]) {
    const plan = scaled(atsugi, count);
    let t = performance.now();
    const wb = workbookPlan(plan);
    const planMs = performance.now() - t;
    t = performance.now();
    const bytes = await xlsxBytes(wb);
    const writeMs = performance.now() - t;
    let longest = 0;
    for (const sheet of wb.sheets)
      for (const block of sheet.blocks)
        for (const row of block.cells)
          for (const cell of row) if (cell.kind === "formula") longest = Math.max(longest, cell.formula.length);
    console.log(
      `${count} KPIs: plan ${planMs.toFixed(0)} ms, .xlsx ${writeMs.toFixed(0)} ms, ${(bytes.length / 1024).toFixed(0)} KiB, longest formula ${longest} chars`,
    );
  }
}

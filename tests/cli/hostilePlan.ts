/**
 * A plan whose text is everything a workbook writer gets wrong: characters XML cannot hold,
 * text that looks like Excel's _xHHHH_ escape, and text that starts like a formula. Built in
 * code because a CSV file holding raw control characters is hard to read or review.
 */
export const hostileRows = {
  /** goal title with BEL: removed, reported on every row showing it */
  bell: "Goal \u0007bell",
  /** notes with U+FFFE and U+FFFF: removed */
  nonCharacters: "a\uFFFEb\uFFFFc",
  /** names that look like escapes: kept literally */
  escapeLike: "_x0041_ literal",
  overlappingEscapes: "_x0041_x0042_",
  /** formula-like text, half-width and full-width */
  formulaLike: ["=1+2", "@name", "+81 phone", "＝SUM(A1)", "－5", "＋1", "＠x", "-"],
  /** text after the bad characters: LibreOffice dropped every later string of a malformed sharedStrings.xml */
  last: "later string stays",
} as const;

export function hostilePlanCsv(): string {
  const h = hostileRows;
  const [eq, at, plus, fullEq, fullMinus, fullPlus, fullAt] = h.formulaLike;
  const rows = [
    "goal,goal_title,kind,name,unit,direction,target_R6,actual_R6,notes",
    `1,${h.bell},kpi,${h.escapeLike},件,増加,10,9,${h.nonCharacters}`,
    `1,,kpi,${eq},件,増加,10,9,${fullEq}`,
    `1,,kpi,${at},件,増加,10,9,${h.overlappingEscapes}`,
    `1,,kpi,${plus},件,増加,10,-,${fullMinus}`,
    `1,,kpi,${fullPlus},件,増加,10,9,${fullAt}`,
    `1,,kpi,plain,件,増加,10,9,${h.last}`,
  ];
  return `${rows.join("\n")}\n`;
}

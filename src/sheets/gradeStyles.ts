/** Fill and font colours by grade level, best first: green, blue, yellow …, red for the last. */
export interface GradeStyle {
  readonly fill: string;
  readonly fontColor: string;
}

const best: GradeStyle = { fill: "#C6EFCE", fontColor: "#006100" };
const worst: GradeStyle = { fill: "#FFC7CE", fontColor: "#9C0006" };
const middle: readonly GradeStyle[] = [
  { fill: "#DDEBF7", fontColor: "#1F4E78" },
  { fill: "#FFEB9C", fontColor: "#9C5700" },
  { fill: "#FCE4D6", fontColor: "#843C0C" },
];

export function gradeStyles(levels: number): GradeStyle[] {
  return Array.from({ length: levels }, (_, i) =>
    i === 0 ? best : i === levels - 1 ? worst : (middle[Math.min(middle.length - 1, i - 1)] ?? worst),
  );
}

import * as React from "react";
import { Lang } from "../../src/lang";
import { yearLabel } from "../../src/year";
import { say } from "../messages";
import { PaneSelect } from "./PaneSelect";

/** Plan years offered: 平成31年度 (2019) to 令和17年度 (2035). */
const yearChoices = Array.from({ length: 17 }, (_, i) => 2019 + i);

type YearSelectProps = { readonly lang: Lang } & (
  | { readonly value: number; readonly onChange: (year: number) => void; readonly autoLabel?: undefined }
  | {
      readonly value: number | "auto";
      readonly onChange: (year: number | "auto") => void;
      /** The text of a first choice "auto", when the picker offers one. */
      readonly autoLabel: string;
    }
);

/** A plan year to pick: R3（2021） in Japanese, FY2021 in English. */
export function YearSelect(props: YearSelectProps): React.JSX.Element {
  const pick = (value: string): void => {
    if (props.autoLabel === undefined) props.onChange(Number(value));
    else props.onChange(value === "auto" ? "auto" : Number(value));
  };
  return (
    <PaneSelect value={String(props.value)} onChange={pick}>
      {props.autoLabel !== undefined && <option value="auto">{props.autoLabel}</option>}
      {yearChoices.map((y) => (
        <option key={y} value={y}>
          {say("yearOption", props.lang, { label: yearLabel(y, props.lang, "short"), year: y })}
        </option>
      ))}
    </PaneSelect>
  );
}

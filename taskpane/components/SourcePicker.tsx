import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import * as React from "react";
import { Lang } from "../../src/lang";
import { say } from "../messages";
import { readFileBytes } from "../readFile";
import { PlanSource } from "../sources";
import { usePaneStyles } from "./styles";
import { YearSelect } from "./YearSelect";
import type { SheetImport } from "./ImportPreview";
import { messagesFor } from "../../src/i18n";
import type { Grid } from "../../src/read/grid";

// the sheet source's reader and preview load when that source is chosen: the first paint needs neither
const ImportPreview = React.lazy(() =>
  import(/* webpackChunkName: "actions" */ "./ImportPreview").then((m) => ({ default: m.ImportPreview })),
);

/** What the user has chosen to create the KPI sheet from; the years and the file are kept while another kind is chosen. */
export interface SourceChoice {
  readonly kind: PlanSource["kind"];
  readonly from: number;
  readonly to: number;
  readonly file: File | undefined;
  /** The user's sheet as read for the sheet source, with the corrected columns. */
  readonly sheet: SheetImport | undefined;
}

export const initialSource = (hasSample: boolean): SourceChoice => ({
  kind: hasSample ? "sample" : "blank",
  from: 2021,
  to: 2026,
  file: undefined,
  sheet: undefined,
});

/** The chosen source, read; undefined when the CSV source has no file yet. */
export async function readChoice(choice: SourceChoice): Promise<PlanSource | undefined> {
  switch (choice.kind) {
    case "blank":
      return { kind: "blank", from: choice.from, to: choice.to };
    case "sample":
      return { kind: "sample" };
    case "csv":
      return choice.file === undefined
        ? undefined
        : { kind: "csv", fileName: choice.file.name, bytes: await readFileBytes(choice.file) };
    case "sheet":
      return choice.sheet === undefined
        ? undefined
        : { kind: "sheet", grid: choice.sheet.grid, choices: choice.sheet.choices };
    default: {
      const never: never = choice.kind;
      return never;
    }
  }
}

/** Why the chosen source cannot be read yet: no CSV file chosen, or the sheet not read. */
export const missingSource = (choice: SourceChoice, lang: Lang): string =>
  choice.kind === "sheet" ? messagesFor(lang).workbook.noSheetRead : say("noCsv", lang);

const kinds: readonly PlanSource["kind"][] = ["blank", "sample", "csv", "sheet"];

/** The fields of Create KPI sheet: the source, and the plan period or the CSV file it needs. */
export function SourcePicker(props: {
  readonly value: SourceChoice;
  readonly onChange: (choice: SourceChoice) => void;
  readonly lang: Lang;
  readonly hasSample: boolean;
  /** Reads the user's sheet; undefined outside Excel. */
  readonly readSheet?: () => Promise<Grid>;
}): React.JSX.Element {
  const styles = usePaneStyles();
  const { value, lang } = props;
  const set = (change: Partial<SourceChoice>): void => props.onChange({ ...value, ...change });
  const setKind = (picked: string): void => {
    const kind = kinds.find((k) => k === picked);
    if (kind !== undefined) set({ kind });
  };
  return (
    <>
      <Field label={say("sourceLabel", lang)}>
        <RadioGroup value={value.kind} onChange={(_, d) => setKind(d.value)}>
          <Radio value="blank" className={styles.radioLabel} label={say("sourceBlank", lang)} />
          <Radio
            value="sample"
            className={styles.radioLabel}
            label={say("sourceSample", lang)}
            disabled={!props.hasSample}
          />
          <Radio value="csv" className={styles.radioLabel} label={say("sourceCsv", lang)} />
          <Radio value="sheet" className={styles.radioLabel} label={messagesFor(lang).workbook.sourceSheet} />
        </RadioGroup>
      </Field>
      {value.kind === "blank" && (
        <div className={styles.row}>
          <Field label={say("periodFrom", lang)}>
            <YearSelect value={value.from} onChange={(from) => set({ from })} lang={lang} />
          </Field>
          <Field label={say("periodTo", lang)}>
            <YearSelect value={value.to} onChange={(to) => set({ to })} lang={lang} />
          </Field>
        </div>
      )}
      {value.kind === "csv" && (
        <Field label={say("chooseCsv", lang)}>
          <input
            type="file"
            accept=".csv,text/csv"
            data-testid="csv-input"
            // Field labels Fluent's own controls; a native file input is named here
            aria-label={say("chooseCsv", lang)}
            onChange={(e) => set({ file: e.target.files?.[0] ?? undefined })}
          />
        </Field>
      )}
      {value.kind === "sheet" && (
        <React.Suspense fallback={null}>
          <ImportPreview
            value={value.sheet}
            onChange={(sheet) => set({ sheet })}
            readSheet={props.readSheet}
            lang={lang}
          />
        </React.Suspense>
      )}
    </>
  );
}

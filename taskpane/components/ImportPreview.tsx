/**
 * The preview of "Create KPI sheet" from the user's own sheet: the sheet is read (only read),
 * and each column is listed with what it was read as and a drop-down to correct the guess
 * before anything is written. The city's rates that differ from the engine's are listed too.
 */
import { Button, Field, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import * as React from "react";
import { FieldKey } from "../../src/columns";
import { messagesFor } from "../../src/i18n";
import { Lang } from "../../src/lang";
import { describeProblem } from "../../src/problem";
import { describeRateDifference, describeReading } from "../../src/read/describe";
import { ColumnReading } from "../../src/read/findTable";
import { Grid } from "../../src/read/grid";
import { readingKey } from "../../src/read/gridPlan";
import { ColumnChoices, GridFind, readSheets } from "../../src/read/readGrid";
import { fieldWords } from "../../src/vocabulary";
import { errorText } from "../errors";
import { PaneSelect } from "./PaneSelect";

/** The sheet read for the sheet source, and the user's corrections by column. */
export interface SheetImport {
  readonly grid: Grid;
  readonly choices: ColumnChoices;
}

const fields = Object.keys(fieldWords) as FieldKey[];
const parts = ["target", "actual", "rate"] as const;

/** What a column may be read as: every field, each year's parts, text, or not read. */
function options(found: GridFind & { kind: "read" }, current: ColumnReading): ColumnReading[] {
  const years = [
    ...new Set(
      found.grid.columns.flatMap((c) =>
        c.guess.kind === "year" || c.guess.kind === "yearRows" ? [c.guess.year] : [],
      ),
    ),
  ].sort((a, b) => a - b);
  const all: ColumnReading[] = [
    ...fields.map((field): ColumnReading => ({ kind: "field", field })),
    ...years.flatMap((year) => parts.map((part): ColumnReading => ({ kind: "year", part, year }))),
    { kind: "text" },
    { kind: "ignored" },
  ];
  const key = readingKey(current, "");
  return all.some((o) => readingKey(o, "") === key) ? all : [current, ...all];
}

export function ImportPreview(props: {
  readonly value: SheetImport | undefined;
  readonly onChange: (value: SheetImport) => void;
  readonly readSheet: (() => Promise<Grid>) | undefined;
  readonly lang: Lang;
}): React.JSX.Element {
  const { value, lang } = props;
  const m = messagesFor(lang).workbook;
  const [error, setError] = React.useState<string | undefined>(undefined);
  const found = React.useMemo(
    () => (value === undefined ? undefined : readSheets([value.grid], undefined, value.choices)),
    [value],
  );
  const read = async (): Promise<void> => {
    if (props.readSheet === undefined) return;
    try {
      setError(undefined);
      props.onChange({ grid: await props.readSheet(), choices: new Map() });
    } catch (e) {
      setError(errorText(e, lang));
    }
  };
  const choose = (column: number, key: string): void => {
    if (value === undefined || found?.kind !== "read") return;
    const column0 = found.grid.columns[column];
    if (column0 === undefined) return;
    const picked = options(found, column0.reading).find((o) => readingKey(o, "") === key);
    if (picked !== undefined) props.onChange({ ...value, choices: new Map([...value.choices, [column, picked]]) });
  };
  return (
    <div data-testid="import-preview">
      <Button onClick={() => void read()} disabled={props.readSheet === undefined}>
        {m.readSheet}
      </Button>
      {error !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {found?.kind === "refused" && (
        <MessageBar intent="warning">
          <MessageBarBody>{describeProblem(found.problem, lang)}</MessageBarBody>
        </MessageBar>
      )}
      {found?.kind === "read" && (
        <>
          <Text block>{m.table(found.grid.at, found.grid.layout, found.grid.read.plan.indicators.length)}</Text>
          <Text block>{m.previewHint}</Text>
          <Text block data-testid="import-count">
            {m.indicatorsRead(found.grid.read.plan.indicators.length, found.grid.read.problems.length)}
          </Text>
          {found.grid.columns.map((c, i) =>
            c.header === "" && c.guess.kind === "ignored" ? null : (
              <Field key={c.at} label={`${c.at} ${c.header}`}>
                <PaneSelect value={readingKey(c.reading, "")} onChange={(key) => choose(i, key)}>
                  {options(found, c.reading).map((o) => (
                    <option key={readingKey(o, "")} value={readingKey(o, "")}>
                      {describeReading(o, lang)}
                    </option>
                  ))}
                </PaneSelect>
              </Field>
            ),
          )}
          {found.grid.read.fatal !== undefined && (
            <MessageBar intent="warning">
              <MessageBarBody>{describeProblem(found.grid.read.fatal, lang)}</MessageBarBody>
            </MessageBar>
          )}
          {found.grid.rates.differences.length > 0 && (
            <Field label={m.ratesHeading}>
              {found.grid.rates.differences.map((d) => (
                <Text block key={d.at}>
                  {describeRateDifference(d, lang)}
                </Text>
              ))}
            </Field>
          )}
        </>
      )}
    </div>
  );
}

import { Button, mergeClasses } from "@fluentui/react-components";
import * as React from "react";
import { formatPermille } from "../../src/format";
import { messagesFor } from "../../src/i18n";
import { Lang } from "../../src/lang";
import { yearLabel } from "../../src/year";
import { say } from "../messages";
import { GoalAverage } from "../workbook";
import { usePaneStyles } from "./styles";

/** After the goal summary: each goal's average rate and grade, and a button that opens the summary sheet. */
export function SummaryResults(props: {
  readonly lang: Lang;
  readonly sheet: string;
  readonly year: number | undefined;
  readonly averages: readonly GoalAverage[];
  readonly onOpen: (sheet: string) => void;
}): React.JSX.Element {
  const styles = usePaneStyles();
  const { lang } = props;
  const year = props.year === undefined ? "-" : yearLabel(props.year, lang);
  // the columns in the summary sheet's own words
  const words = messagesFor(lang).sheet;
  return (
    <>
      <table className={styles.table} data-testid="averages">
        <caption className={styles.cell}>{say("averagesTitle", lang, { year })}</caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.cell, styles.wide)}>
              {words.summaryGoal}
            </th>
            <th scope="col" className={styles.cell}>
              {words.average}
            </th>
            <th scope="col" className={styles.cell}>
              {words.gradeLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.averages.map((g) => (
            <tr key={g.goal}>
              <th scope="row" className={styles.cell}>
                {say("averageGoal", lang, { goal: g.goal })}
                {g.title !== "" && ` ${g.title}`}
              </th>
              <td className={styles.cell}>{g.average === undefined ? "-" : formatPermille(g.average * 1000)}</td>
              <td className={styles.cell}>{g.grade ?? "-"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div>
        <Button appearance="secondary" onClick={() => props.onOpen(props.sheet)}>
          {say("openSheet", lang, { sheet: props.sheet })}
        </Button>
      </div>
    </>
  );
}

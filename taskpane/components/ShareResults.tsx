import { Body1 } from "@fluentui/react-components";
import * as React from "react";
import { Lang } from "../../src/lang";
import { say } from "../messages";
import { ShareRow } from "../workbook";
import { usePaneStyles } from "./styles";

function RowsTable(props: {
  readonly caption: string;
  readonly last: string;
  readonly rows: readonly ShareRow[];
  readonly lang: Lang;
  readonly testId: string;
}): React.JSX.Element {
  const styles = usePaneStyles();
  const { lang } = props;
  return (
    <table className={styles.table} data-testid={props.testId}>
      <caption className={styles.cell}>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.cell}>
            {say("sheetColumn", lang)}
          </th>
          <th scope="col" className={styles.cell}>
            {say("cellColumn", lang)}
          </th>
          <th scope="col" className={styles.cell}>
            {props.last}
          </th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r, i) => (
          <tr key={i}>
            <td className={styles.cell}>{r.sheet}</td>
            <td className={styles.cell}>{r.address}</td>
            <td className={styles.cell}>
              <code>{r.before}</code> → {r.after.startsWith("=") ? <code>{r.after}</code> : r.after}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** After Prepare for sharing: every formula converted (sheet, cell, before → after), those left, or that there was nothing. */
export function ShareResults(props: {
  readonly lang: Lang;
  readonly changed: readonly ShareRow[];
  readonly skipped: readonly ShareRow[];
}): React.JSX.Element {
  const { lang } = props;
  if (props.changed.length === 0 && props.skipped.length === 0)
    return <Body1 data-testid="share-nothing">{say("shareNothing", lang)}</Body1>;
  return (
    <>
      {props.changed.length > 0 && (
        <RowsTable
          caption={say("shareChangedTitle", lang)}
          last={say("changeColumn", lang)}
          rows={props.changed}
          lang={lang}
          testId="share-changed"
        />
      )}
      {props.skipped.length > 0 && (
        <RowsTable
          caption={say("shareSkipped", lang, { count: props.skipped.length })}
          last={say("reasonColumn", lang)}
          rows={props.skipped}
          lang={lang}
          testId="share-skipped"
        />
      )}
    </>
  );
}

import { Body1, Button, Subtitle2 } from "@fluentui/react-components";
import * as React from "react";
import { DepartmentRound, returnedOfSent } from "../../src/departments/round";
import { Lang } from "../../src/lang";
import { yearLabel } from "../../src/year";
import { unreachable } from "../../src/unreachable";
import { errorText } from "../errors";
import { say } from "../messages";
import type { OutputState, WorkbookStatus } from "../office/status";
import { StatusView } from "../useWorkbookStatus";
import { usePaneStyles } from "./styles";

function outputText(state: OutputState, lang: Lang): string {
  switch (state.kind) {
    case "none":
      return say("outputNone", lang);
    case "current":
      return say("outputCurrent", lang, { sheet: state.sheet });
    case "older":
      return say("outputOlder", lang, { sheet: state.sheet });
    case "unknown":
      return say("outputUnknown", lang, { sheet: state.sheet });
    default:
      return unreachable(state);
  }
}

function departmentsText(round: DepartmentRound | undefined, lang: Lang): string {
  if (round === undefined) return say("departmentsNone", lang);
  const year = yearLabel(round.year, lang);
  const returned = returnedOfSent(round);
  return round.sent.length === 0
    ? say("departmentsReturned", lang, { year, returned })
    : say("departmentsSent", lang, { year, returned, sent: round.sent.length });
}

function Facts(props: { readonly status: WorkbookStatus & { kind: "kpiSheet" }; readonly lang: Lang }) {
  const styles = usePaneStyles();
  const { status, lang } = props;
  const unset = "-";
  const facts: [string, string][] = [
    [say("createTitle", lang), status.sheet],
    [say("evalYear", lang), status.evalYear === undefined ? unset : yearLabel(status.evalYear, lang)],
    [say("gradeScale", lang), status.scaleName ?? unset],
    [
      say("statusActuals", lang),
      say("statusActualsCount", lang, { count: status.withActual, total: status.indicators }),
    ],
    [say("statusDepartments", lang), departmentsText(status.departments, lang)],
    [say("summaryTitle", lang), outputText(status.summary, lang)],
    [say("reportTitle", lang), outputText(status.report, lang)],
  ];
  return (
    <dl className={styles.status} data-testid="status-facts">
      {facts.map(([term, value]) => (
        <React.Fragment key={term}>
          <dt className={styles.statusTerm}>{term}</dt>
          <dd className={styles.statusValue}>{value}</dd>
        </React.Fragment>
      ))}
    </dl>
  );
}

function StatusBody(props: { readonly view: StatusView; readonly lang: Lang }): React.JSX.Element | null {
  const { view, lang } = props;
  switch (view.kind) {
    case "outside":
      return null;
    case "reading":
      return <Body1>{say("working", lang)}</Body1>;
    case "failed":
      return <Body1>{errorText(view.error, lang)}</Body1>;
    case "read":
      return view.status.kind === "noKpiSheet" ? (
        <Body1>{say("noKpiTable", lang)}</Body1>
      ) : (
        <Facts status={view.status} lang={lang} />
      );
    default:
      return unreachable(view);
  }
}

/** Where the workbook stands, as last read: shown in Excel only. */
export function StatusPanel(props: {
  readonly view: StatusView;
  readonly lang: Lang;
  readonly onRefresh: () => void;
}): React.JSX.Element | null {
  const styles = usePaneStyles();
  const headingId = React.useId();
  if (props.view.kind === "outside") return null;
  return (
    <section className={styles.card} aria-labelledby={headingId} data-testid="status">
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {say("statusTitle", props.lang)}
      </Subtitle2>
      <StatusBody view={props.view} lang={props.lang} />
      <div>
        <Button size="small" appearance="subtle" onClick={props.onRefresh}>
          {say("statusRefresh", props.lang)}
        </Button>
      </div>
    </section>
  );
}

import { Field } from "@fluentui/react-components";
import * as React from "react";
import { goalRules } from "../../src/goalRule";
import { messagesFor } from "../../src/i18n";
import { Lang } from "../../src/lang";
import { roundings } from "../../src/rules/rounding";
import { PaneSettings } from "../settings";
import { PaneSelect } from "./PaneSelect";

const lags = [0, 1, 2, 3, 4, 5];
const tolerances = [0, 0.05, 0.1, 0.2];

/**
 * The rules new sheets are made with (docs/rules.md): rounding, the lag of statistics, the
 * tolerance of trend grading, the goal figure's rule and whether numerical targets count in it.
 * Each is written on the settings sheet, where the sheets' formulas read it.
 */
export function RulesFields(props: {
  readonly settings: PaneSettings;
  readonly lang: Lang;
  readonly onChange: (change: Partial<PaneSettings>) => void;
}): React.JSX.Element {
  const { settings, lang, onChange } = props;
  const m = messagesFor(lang).rules;
  return (
    <>
      <Field label={m.rounding}>
        <PaneSelect
          value={settings.rounding}
          onChange={(value) => onChange({ rounding: roundings.find((r) => r === value) ?? settings.rounding })}
        >
          {roundings.map((r) => (
            <option key={r} value={r}>
              {m.roundingNames[r]}
            </option>
          ))}
        </PaneSelect>
      </Field>
      <Field label={m.lag}>
        <PaneSelect value={String(settings.lag)} onChange={(value) => onChange({ lag: Number(value) })}>
          {lags.map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </PaneSelect>
      </Field>
      <Field label={m.tolerance}>
        <PaneSelect value={String(settings.tolerance)} onChange={(value) => onChange({ tolerance: Number(value) })}>
          {tolerances.map((t) => (
            <option key={t} value={String(t)}>
              {`${Math.round(t * 100)}%`}
            </option>
          ))}
        </PaneSelect>
      </Field>
      <Field label={m.goalRule}>
        <PaneSelect
          value={settings.goalRule}
          onChange={(value) => onChange({ goalRule: goalRules.find((r) => r === value) ?? settings.goalRule })}
        >
          {goalRules.map((r) => (
            <option key={r} value={r}>
              {m.ruleNames[r]}
            </option>
          ))}
        </PaneSelect>
      </Field>
      <Field label={m.countTargets}>
        <PaneSelect
          value={settings.countTargets ? "yes" : "no"}
          onChange={(value) => onChange({ countTargets: value === "yes" })}
        >
          <option value="no">{m.flag.no}</option>
          <option value="yes">{m.flag.yes}</option>
        </PaneSelect>
      </Field>
    </>
  );
}

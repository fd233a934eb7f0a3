import { Field } from "@fluentui/react-components";
import * as React from "react";
import { GoalRule, goalRules } from "../../src/goalRule";
import { messagesFor } from "../../src/i18n";
import { Lang } from "../../src/lang";
import { Rounding, roundings } from "../../src/rules/rounding";
import { PaneSettings } from "../settings";
import { PaneSelect } from "./PaneSelect";

const lags = [0, 1, 2, 3, 4, 5];
const tolerances = [0, 0.05, 0.1, 0.2];

/** A drop-down of choices, each a value and what the pane calls it. */
function ChoiceField<T>(props: {
  readonly label: string;
  readonly value: T;
  readonly choices: readonly (readonly [T, string])[];
  readonly onChange: (value: T) => void;
}): React.JSX.Element {
  const { label, value, choices, onChange } = props;
  const index = choices.findIndex(([v]) => v === value);
  return (
    <Field label={label}>
      <PaneSelect
        value={String(index)}
        onChange={(picked) => {
          const choice = choices[Number(picked)];
          if (choice !== undefined) onChange(choice[0]);
        }}
      >
        {choices.map(([, text], i) => (
          <option key={text} value={String(i)}>
            {text}
          </option>
        ))}
      </PaneSelect>
    </Field>
  );
}

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
      <ChoiceField<Rounding>
        label={m.rounding}
        value={settings.rounding}
        choices={roundings.map((r) => [r, m.roundingNames[r]] as const)}
        onChange={(rounding) => onChange({ rounding })}
      />
      <ChoiceField<number>
        label={m.lag}
        value={settings.lag}
        choices={lags.map((n) => [n, String(n)] as const)}
        onChange={(lag) => onChange({ lag })}
      />
      <ChoiceField<number>
        label={m.tolerance}
        value={settings.tolerance}
        choices={tolerances.map((t) => [t, `${Math.round(t * 100)}%`] as const)}
        onChange={(tolerance) => onChange({ tolerance })}
      />
      <ChoiceField<GoalRule>
        label={m.goalRule}
        value={settings.goalRule}
        choices={goalRules.map((r) => [r, m.ruleNames[r]] as const)}
        onChange={(goalRule) => onChange({ goalRule })}
      />
      <ChoiceField<boolean>
        label={m.countTargets}
        value={settings.countTargets}
        choices={[
          [false, m.flag.no],
          [true, m.flag.yes],
        ]}
        onChange={(countTargets) => onChange({ countTargets })}
      />
    </>
  );
}

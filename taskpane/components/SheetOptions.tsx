import { Field } from "@fluentui/react-components";
import * as React from "react";
import { scalePresets } from "../../src/grade";
import { Lang } from "../../src/lang";
import { FormulaStyle } from "../../src/sheets/options";
import { say } from "../messages";
import { PaneSettings } from "../settings";
import { PaneSelect } from "./PaneSelect";
import { RulesFields } from "./RulesFields";
import { YearSelect } from "./YearSelect";

/**
 * The settings that change what a sheet-writing action writes: evaluation year, grade scale,
 * formula style, and with the KPI sheet (whose settings sheet then holds them) the rules.
 */
export function SheetOptions(props: {
  readonly settings: PaneSettings;
  readonly lang: Lang;
  readonly onChange: (change: Partial<PaneSettings>) => void;
  readonly withRules?: boolean;
}): React.JSX.Element {
  const { settings, lang, onChange } = props;
  return (
    <>
      <Field label={say("evalYear", lang)}>
        <YearSelect
          value={settings.year}
          autoLabel={say("evalYearAuto", lang)}
          onChange={(year: number | "auto") => onChange({ year })}
          lang={lang}
        />
      </Field>
      <Field label={say("gradeScale", lang)}>
        <PaneSelect value={settings.scaleId} onChange={(scaleId) => onChange({ scaleId })}>
          {scalePresets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name[lang]}
            </option>
          ))}
        </PaneSelect>
      </Field>
      <Field label={say("formulaStyle", lang)}>
        <PaneSelect value={settings.style} onChange={(value) => onChange({ style: value as FormulaStyle })}>
          <option value="native">{say("styleNative", lang)}</option>
          <option value="functions">{say("styleFunctions", lang)}</option>
        </PaneSelect>
      </Field>
      {props.withRules === true && <RulesFields settings={settings} lang={lang} onChange={onChange} />}
    </>
  );
}

/** The pane's language: global, for every step. */
export function LanguageField(props: {
  readonly settings: PaneSettings;
  readonly lang: Lang;
  readonly onChange: (change: Partial<PaneSettings>) => void;
}): React.JSX.Element {
  const { settings, lang, onChange } = props;
  return (
    <Field label={say("language", lang)}>
      <PaneSelect
        value={settings.language}
        onChange={(value) => onChange({ language: value as PaneSettings["language"] })}
      >
        <option value="auto">{say("languageAuto", lang)}</option>
        {/* each language in its own words, whatever the pane's language */}
        <option value="ja">{say("languageName", "ja")}</option>
        <option value="en">{say("languageName", "en")}</option>
      </PaneSelect>
    </Field>
  );
}

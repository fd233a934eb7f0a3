import { Field, Subtitle2 } from "@fluentui/react-components";
import * as React from "react";
import { scalePresets } from "../../src/grade";
import { Lang } from "../../src/lang";
import { FormulaStyle } from "../../src/sheets/options";
import { say } from "../messages";
import { PaneSettings } from "../settings";
import { PaneSelect } from "./PaneSelect";
import { RulesFields } from "./RulesFields";
import { usePaneStyles } from "./styles";
import { YearSelect } from "./YearSelect";

/** The pane's settings: its language, and the grade scale, evaluation year, formula style and rules of new sheets. */
export function SettingsCard(props: {
  readonly settings: PaneSettings;
  readonly lang: Lang;
  readonly onChange: (change: Partial<PaneSettings>) => void;
}): React.JSX.Element {
  const styles = usePaneStyles();
  const { settings, lang, onChange } = props;
  return (
    <section className={styles.card}>
      <Subtitle2 as="h2">{say("settingsTitle", lang)}</Subtitle2>
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
      <Field label={say("gradeScale", lang)}>
        <PaneSelect value={settings.scaleId} onChange={(scaleId) => onChange({ scaleId })}>
          {scalePresets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name[lang]}
            </option>
          ))}
        </PaneSelect>
      </Field>
      <Field label={say("evalYear", lang)}>
        <YearSelect
          value={settings.year}
          autoLabel={say("evalYearAuto", lang)}
          onChange={(year: number | "auto") => onChange({ year })}
          lang={lang}
        />
      </Field>
      <Field label={say("formulaStyle", lang)}>
        <PaneSelect value={settings.style} onChange={(value) => onChange({ style: value as FormulaStyle })}>
          <option value="native">{say("styleNative", lang)}</option>
          <option value="functions">{say("styleFunctions", lang)}</option>
        </PaneSelect>
      </Field>
      <RulesFields settings={settings} lang={lang} onChange={onChange} />
    </section>
  );
}

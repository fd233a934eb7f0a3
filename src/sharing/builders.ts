/**
 * Which native builder writes each KPI.* function. The table is keyed by the declared functions
 * (src/functionSignatures.ts), so a function declared without a way to convert it does not compile;
 * which arguments spread over a range and how many there may be come from the declaration too.
 */
import { RangeRef } from "../formula/a1";
import { FunctionId } from "../functionSignatures";
import { localize } from "../i18n";
import { Lang } from "../lang";
import { itemAt } from "../list";
import { Arg, averageNative, Built, gradeNative, progressNative, rateNative } from "./nativeKpi";
import { fyNative, labelNative, pathNative } from "./nativeYears";

/** Writes one call natively, its arguments already converted and counted. */
export type Builder = (args: readonly Arg[], lang: Lang, resolve: (name: string) => RangeRef | undefined) => Built;

export const builders: Readonly<Record<FunctionId, Builder>> = {
  RATE: (a) => rateNative(a),
  PROGRESS: (a) => progressNative(a),
  GRADE: (a, lang, resolve) => gradeNative(a, lang, resolve),
  AVERAGE: (a) => averageNative(a),
  FY: (a) => fyNative(itemAt(a, 0)),
  LABEL: (a) => labelNative(itemAt(a, 0), a[1]),
  PATH: (a) => pathNative(a),
  NUMBER: () => ({ ok: false, reason: localize((m) => m.sharing.numberText) }),
};

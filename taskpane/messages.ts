import { Lang, Localized } from "../src/lang";

/** Every string the pane shows, in Japanese and English. {name} marks a value filled in by `say`. */
export const messages = {
  title: { ja: "KPI Sheets", en: "KPI Sheets" },
  subtitle: { ja: "総合戦略のKPI進捗管理", en: "KPI progress checks for municipal strategies" },
  outsideExcel: {
    ja: "Excel の外で開かれています。下の操作は Excel で開いているブックに対して行います。Excel でこのアドインを開いてください。",
    en: "Opened outside Excel. The actions below work on a workbook open in Excel: open this add-in in Excel to use them.",
  },
  createTitle: { ja: "KPIシートを作成", en: "Create KPI sheet" },
  createHint: {
    ja: "標準化されたKPIシート（表・数式・書式付き）と設定シートを新しく作ります。既存のシートは変更しません。",
    en: "Adds a standardized KPI sheet (a table with formulas and formats) and a settings sheet. Existing sheets are left as they are.",
  },
  sourceLabel: { ja: "作成元", en: "Source" },
  sourceBlank: { ja: "空のひな形（計画期間を指定）", en: "Blank template for a plan period" },
  sourceSample: { ja: "厚木市のサンプル（令和6年度検証）", en: "Atsugi City sample (FY2024 check)" },
  sourceCsv: { ja: "計画CSVファイル", en: "A plan CSV file" },
  periodFrom: { ja: "計画期間（初年度）", en: "Plan period: first year" },
  periodTo: { ja: "計画期間（最終年度）", en: "Plan period: last year" },
  chooseCsv: { ja: "CSVファイルを選択", en: "Choose a CSV file" },
  noCsv: { ja: "CSVファイルが選ばれていません。", en: "No CSV file is chosen." },
  createButton: { ja: "KPIシートを作成", en: "Create KPI sheet" },
  created: {
    ja: "「{kpi}」と「{settings}」を作成しました（指標 {count} 件）。",
    en: 'Created "{kpi}" and "{settings}" ({count} indicators).',
  },
  renamedNote: {
    ja: "同じ名前のシートがあったため、新しいシートは別の名前にしました。",
    en: "A sheet of that name existed, so the new sheet got another name.",
  },
  csvProblems: {
    ja: "CSVの {count} 行は読めなかったため除きました：",
    en: "{count} rows of the CSV could not be read and were left out:",
  },
  noKpiTable: {
    ja: "KPIシートの表が見つかりません。先に「KPIシートを作成」を実行するか、KPIの表があるシートを選んでください。",
    en: "No KPI table was found. Create a KPI sheet first, or select the sheet that holds the KPI table.",
  },
  summaryTitle: { ja: "基本目標別まとめを作成", en: "Generate goal summary" },
  summaryHint: {
    ja: "KPIシートの表を読み、基本目標ごとの達成率平均・評価・評価別件数を数式で集計するシートを作ります。",
    en: "Reads the KPI table and writes a goal summary sheet: KPI counts, average rate, its grade and the count per grade, as live formulas.",
  },
  summaryButton: { ja: "まとめを作成", en: "Generate goal summary" },
  summaryDone: {
    ja: "「{sheet}」を作成しました（基本目標 {goals} 件、指標 {count} 件）。",
    en: 'Wrote "{sheet}" ({goals} goals, {count} indicators).',
  },
  summaryReplaced: {
    ja: "「{sheet}」を作り直しました（基本目標 {goals} 件、指標 {count} 件）。",
    en: 'Regenerated "{sheet}" ({goals} goals, {count} indicators).',
  },
  unreadableRows: {
    ja: "読めなかった行（まとめから除外）",
    en: "Rows that could not be read (left out of the summary)",
  },
  confirmTitle: { ja: "まとめシートを作り直しますか？", en: "Regenerate the summary sheet?" },
  confirmBody: {
    ja: "「{sheet}」はこのアドインが作ったまとめシートです。作り直すと、そのシートに加えた変更は失われます。",
    en: '"{sheet}" is a summary sheet this add-in made. Regenerating it replaces the sheet, with any changes made to it.',
  },
  confirmReplace: { ja: "作り直す", en: "Replace it" },
  confirmNew: { ja: "別のシートに作る", en: "Write a new sheet" },
  cancel: { ja: "キャンセル", en: "Cancel" },
  cancelled: { ja: "取り消しました。", en: "Cancelled." },
  shareTitle: { ja: "共有の準備", en: "Prepare for sharing" },
  shareHint: {
    ja: "KPI.* 関数を標準のExcel関数に置き換え、アドインのない人にも正しい数値が見えるようにします。",
    en: "Replaces KPI.* functions with standard Excel formulas, so people without the add-in see the right numbers.",
  },
  shareButton: { ja: "共有の準備をする", en: "Prepare for sharing" },
  shareReplaced: {
    ja: "KPI.* の式 {changed} 件（{cells} セル）を標準の関数に置き換えました。",
    en: "Replaced {changed} KPI.* formulas ({cells} cells) with classic Excel functions.",
  },
  shareSkipped: {
    ja: "変換できなかった式 {count} 件（そのまま残しています）:",
    en: "{count} formulas could not be converted (left as they were):",
  },
  shareProtected: {
    ja: "シートが保護されています（保護を解除してからもう一度実行してください）",
    en: "the sheet is protected (unprotect it and run this again)",
  },
  shareUnavailable: {
    ja: "共有の準備はこの版ではまだ使えません。",
    en: "Prepare for sharing is not available in this build.",
  },
  settingsTitle: { ja: "設定", en: "Settings" },
  language: { ja: "言語", en: "Language" },
  languageAuto: { ja: "Office に合わせる", en: "Follow Office" },
  gradeScale: { ja: "評価基準", en: "Grade scale" },
  evalYear: { ja: "評価年度", en: "Evaluation year" },
  evalYearAuto: { ja: "実績値のある最新年度", en: "Latest year with an actual" },
  formulaStyle: { ja: "数式の形式", en: "Formula style" },
  styleNative: { ja: "標準のExcel関数（共有しても安全）", en: "Native Excel formulas (safe to share)" },
  styleFunctions: { ja: "KPI.* 関数（アドインが必要）", en: "KPI.* functions (need the add-in)" },
  /** A plan year in a picker: R3（2021） in Japanese, FY2021 in English. */
  yearOption: { ja: "{label}（{year}）", en: "{label}" },
  working: { ja: "処理中…", en: "Working…" },
  progress: { ja: "{done} / {total} 回目の書き込み", en: "Write {done} of {total}" },
  dismiss: { ja: "閉じる", en: "Dismiss" },
  actionFailed: { ja: "処理に失敗しました：{message}", en: "The action failed: {message}" },
  sampleMissing: {
    ja: "このビルドにはサンプルが含まれていません。",
    en: "This build does not include the sample.",
  },
} satisfies Record<string, Localized>;

export type MessageKey = keyof typeof messages;

/** The message in a language, with {name} placeholders filled in. */
export function say(key: MessageKey, lang: Lang, values: Readonly<Record<string, string | number>> = {}): string {
  return messages[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}

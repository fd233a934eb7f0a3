/** 日本語: the language pack in Japanese, the users' own language. */
import type { Delimiter } from "../read/csv";
import { grouped } from "../read/lines";
import { unreachable } from "../unreachable";
import { fieldWords, methodWords, textNumberExample, unitExamples } from "../vocabulary";
import { jaCli } from "./jaCli";
import { jaRules } from "./jaRules";
import type { BadBytes, CoreMessages, UndecodableWhy } from "./messages";

const quoteInside = '（セルの中の " は "" と書きます）';
const delimiterNames: Readonly<Record<Delimiter, string>> = { ",": "カンマ", "\t": "タブ", ";": "セミコロン" };

function undecodable(at: BadBytes, why: UndecodableWhy): string {
  const place = `${at.after === "" ? "" : `「${at.after}」の後の`}バイト ${at.bytes}（バイト位置 ${grouped(at.offset)}）`;
  const reason = ((): string => {
    switch (why.kind) {
      case "notBomEncoding":
        return `${place}は、ファイル先頭の BOM が示す ${why.encoding} として読めません`;
      case "mostlyUtf8":
        return `${place}は UTF-8 として読めません。ほかの部分は UTF-8 なので、Shift_JIS として読むと日本語が別の文字に化けます`;
      case "notShiftJis":
        return `${place}は UTF-8 として読めず、ファイルは Shift_JIS でもありません（${why.line}行目、バイト位置 ${grouped(why.shiftJis.offset)} の ${why.shiftJis.bytes}）`;
      default:
        return unreachable(why);
    }
  })();
  return `${reason}。その文字を直すか、Excel で「CSV UTF-8」として保存し直してください`;
}

export const ja: CoreMessages = {
  sheet: {
    settingsSheet: "設定",
    kpiSheet: "KPI",
    summarySheet: "基本目標別まとめ",
    settingsTitle: "KPI Sheets の設定（数式はここを読みます）",
    planStart: "計画期間（初年度）",
    planEnd: "計画期間（最終年度）",
    evalYear: "評価年度",
    language: "言語",
    formulaStyle: "数式の形式",
    gradeBasis: "評価に使う達成率",
    scaleName: "評価基準",
    threshold: "下限（以上）",
    gradeLabel: "評価",
    scaleNote: "上の段ほど良い評価です。最後の段はそれ未満のすべてを受けます（その下限は使われません）。",
    kpiTitle: "KPI一覧",
    kpiNote: "達成率と評価は数式です。実績値を入力すると更新されます。評価基準と評価年度は「設定」シートにあります。",
    summaryTitle: "基本目標別まとめ",
    summaryNote: "KPI表から数式で集計しています。達成率平均は評価年度のKPI達成率（100%上限）の単純平均です。",
    targetsTitle: "数値目標",
    kpiCount: "KPI数",
    ratedCount: "評価対象",
    notEvaluable: "評価不能",
    average: "達成率平均",
    capped: "上限あり",
    uncapped: "上限なし",
    tableRow: "KPI表の行",
    valueGuardTitle: "入力できない値です",
    valueGuardMessage: "数値、または -・未公表・指標変更 を入力してください",
    summaryGoal: fieldWords.goal.ja[0],
    summaryGoalTitle: fieldWords.goalTitle.ja[0],
    summaryIndicator: fieldWords.name.ja[0],
    summaryUnit: fieldWords.unit.ja[0],
  },
  computed: {
    evalTarget: "評価年度の目標値",
    evalActual: "評価年度の実績値",
    evalRate: "達成率（評価年度）",
    evalUncapped: "達成率（上限なし）",
    evalYearUsed: "評価に用いた年度",
    grade: "評価",
  },
  report: {
    heading: (year) => `目標別の達成状況（評価年度：${year}）`,
    goal: (n) => `基本目標${n}`,
    kpis: (count, rated) => `KPI ${count}件（達成率あり ${rated}件）`,
    notEvaluable: "評価不能",
    average: "KPI達成率平均",
    grade: "評価",
    targets: "数値目標",
    none: "なし",
  },
  reasons: {
    blank: "実績値なし",
    notSet: "実績値なし",
    noActual: "実績値なし",
    unpublished: "未公表",
    indicatorChanged: "指標変更",
    noTarget: "目標値なし",
    noBaseline: "現状値なし",
    overflow: "算出不能（値が大きすぎます）",
  },
  notEvaluable: "評価不能",
  read: {
    duplicateColumns: (first, second) =>
      `列「${first}」と列「${second}」が同じ項目を指しています。どちらの値を使うか決められないので、一方を消すか名前を変えてください`,
    missingColumn: (field) => `必須の列「${field === "goal" ? "基本目標" : "指標名"}」（${field}）がありません`,
    goalNotWhole: (cell) => `基本目標は1以上の整数で書いてください（「${cell}」）`,
    noName: "指標名が空です",
    badKind: (cell) => `種別「${cell}」は 数値目標 か KPI です`,
    badDirection: (cell) => `方向「${cell}」は 増加 か 減少 です`,
    badCumulative: (cell) => `累計「${cell}」は 1 か 0 です`,
    badMethod: (cell) => `算出方法「${cell}」は ${[...new Set(methodWords.values())].join("・")} のいずれかです`,
    badWeight: (cell) => `重み「${cell}」は0以上の数です`,
    notAValue: (cell) =>
      `「${cell}」は数値でも欠測の印（-、未公表、指標変更）でもありません。数値の後に書けるのは、その行の単位か一覧にある単位（${unitExamples.join("、")} など。README の「The plan file」）だけです`,
    pathNeedsBaselineYear: (cell) => `path の算出には現状値の年度が必要です（「${cell}」）`,
    pathBaselineAfterFinal: (cell) =>
      `path の算出には、現状値の年度（「${cell}」）が最終目標の年度より前である必要があります`,
    duplicateId: (id, first) =>
      `指標ID「${id}」は${first}の指標と同じです（大文字と小文字は区別しません）。指標IDは指標ごとに別にしてください`,
    keptAsText: (column) => `列「${column}」は文字として残しました（計算には使いません）`,
    yearColumnNotRead: (column, nearest) =>
      `列「${column}」は年度の列として読めませんでした（文字として残しました）${nearest === "" ? "" : `。「${nearest}」のことですか`}`,
    line: (line) => `${line}行目`,
    file: "ファイル",
    tooLarge: (bytes, limit) =>
      `${grouped(bytes)} バイトあります。計画ファイルは ${grouped(limit)} バイト（${limit / 2 ** 20} MB）までしか読みません`,
    nul: (offset) =>
      `NUL 文字があります（バイト位置 ${grouped(offset)}）。テキストファイルでないか、BOM のない UTF-16 です。Excel で「CSV UTF-8」か「Unicode テキスト」として保存し直してください`,
    undecodable,
    extraCells: (cells, columns, cell, shown) =>
      `この行はセルが ${cells} 個ありますが、見出しは ${columns} 列です。${cell} 番目のセル（「${shown}」）には列名がなく、読むと失われます。セルを消すか、見出しに列を足してください`,
    cellTooLong: (length, shown, limit) =>
      `セルが ${grouped(length)} 文字あります（「${shown}」）。Excel のセルは ${grouped(limit)} 文字までなので、このセルは読みません`,
    unclosedQuote: (shown) =>
      `「${shown}」の引用符 " が閉じられていません。このままでは後の行がすべて一つのセルに読み込まれるので、ファイルを読みません。引用符を閉じるか消してください${quoteInside}`,
    textAfterQuote: (closedOn, shown) =>
      `このセルの引用符 " が ${closedOn}行目で閉じた後に「${shown}」が続きます。引用符の付け忘れか消し忘れの可能性があり、どこまでが一つのセルか決められないので、ファイルを読みません${quoteInside}`,
    ambiguousDelimiter: (held) =>
      `見出し行に ${held.map(([d, n]) => `${delimiterNames[d]}が ${n} 個`).join("、")}あり、どれで列を区切っているか決められません`,
    problem: (where, column, message) => `${where}${column === "" ? "" : `「${column}」列`}：${message}`,
  },
  scale: {
    tooFew: "2段階以上が必要です",
    noThreshold: (level) => `${level}段階目に基準値がありません`,
    noLabel: (level) => `${level}段階目に評価の表記がありません`,
    notFalling: (level) => `基準値は上の段階から順に小さくしてください（${level}段階目）`,
  },
  grades: {
    standardName: "順調／おおむね順調／やや遅れ／遅れ（100・80・60%）",
    standard: ["順調", "おおむね順調", "やや遅れ", "遅れ"],
    abcName: "A／B+／B／C（100・80・50%）",
    abcdName: "A／B／C／D（110・80・50%、上限なし）",
    rangeName: "範囲",
    symbolsName: "◎／○／△／×（100・80・60%）",
  },
  functions: {
    args: {
      target: "目標値",
      actual: "実績値",
      baseline: "現状値",
      baselineYear: "現状値の年度",
      finalTarget: "最終目標値",
      finalYear: "最終目標の年度",
      year: "年度",
      direction: "方向",
      capped: "上限",
      rate: "達成率",
      rates: "達成率",
      scale: "評価基準",
      label: "年度",
      style: "表記",
      value: "値",
    },
    missingReasons: { blank: "空白", notSet: "未設定（-）", unpublished: "未公表", indicatorChanged: "指標変更" },
    quote: (text) => `「${text}」`,
    missing: (arg, reason) => `${arg}がありません（${reason}）`,
    notANumber: (arg, text) => `${arg}${text}は数値として読めません`,
    notARate: (arg, text) => `${arg}${text}は率（0.953 や 95.3%）として読めません`,
    badDirection: (text) => `方向${text}が読めません（増加・減少、higher・lower）`,
    badCapped: (text) => `上限${text}は TRUE か FALSE で指定してください`,
    notAYear: (arg, text) => `${arg}${text}が読めません（R6、令和6年度、2024 など）`,
    badStyle: (text) => `表記${text}が読めません（long・short・fy）`,
    badScale: (problem) => `評価基準の範囲が使えません：${problem}`,
    scaleColumns: (columns) => `評価基準は2列（基準値・評価）か3列（基準値・日本語・英語）の範囲です（${columns}列）`,
    noRates: "平均する達成率がありません",
    shapes: (a, b) => `範囲の大きさが合いません（${a} と ${b}）。同じ大きさの範囲か、1つのセルを指定してください`,
    tooLarge: (rows, cols, limit) =>
      `結果が${rows}行×${cols}列になり、${limit}セル（シートの行数）を超えます。範囲を小さくしてください`,
    notRectangular: (arg) => `${arg}の範囲が長方形ではありません`,
    empty: (arg) => `${arg}の範囲が空です`,
    nested: (arg) => `${arg}のセルに範囲が入っています`,
    inputError: (arg, code) => `${arg}がエラー ${code} です`,
    unexpected: "計算できませんでした（内部エラー）",
  },
  sharing: {
    rangeNotTop: (name) => `範囲を受け取る KPI.${name} が他の式の中にあるか、スピル範囲が不明です`,
    tableColumnSpills: (name) => `KPI.${name} のテーブル列参照はスピルするため変換できません`,
    unknownFunction: (name) => `KPI.${name} は変換できません（未知の関数）`,
    unclosed: "かっこが閉じていません",
    wrongArity: (name) => `KPI.${name} の引数の数が違います`,
    rangesDiffer: "範囲の大きさがそろっていません",
    noSpillRange: (rows, columns) =>
      `配列の式（${rows}行×${columns}列）ですが、スピル範囲がありません（#SPILL! か古い Excel）`,
    spillDiffers: (spillRows, spillColumns, rows, columns) =>
      `スピル範囲（${spillRows}行×${spillColumns}列）が引数の範囲（${rows}行×${columns}列）と違います`,
    directionWord: (word) => `方向「${word}」が読めません`,
    directionValue: (text) => `方向「${text}」が読めません`,
    scaleColumns: "評価基準の範囲は2列か3列です",
    scaleLevels: "評価基準は2段階以上が必要です",
    scaleNotRange: "評価基準は範囲か名前で指定してください",
    averageNotRange: "KPI.AVERAGE の引数が範囲ではありません",
    notAYear: (text) => `「${text}」は年度ではありません`,
    labelStyle: "KPI.LABEL の形式は文字で書かれたものだけ変換できます",
    numberText: `KPI.NUMBER は「${textNumberExample}」のような文字を読む関数で、標準の関数では書けません`,
  },
  cli: jaCli,
  rules: jaRules,
};

/** 日本語: the language pack's words for reading plans from workbooks (see workbookMessages.ts). */
import { unreachable } from "../unreachable";
import type { WorkbookMessages } from "./workbookMessages";

export const workbook: WorkbookMessages = {
  notAWorkbook: (start) => `Excel のブック（.xlsx / .xlsm）ではありません（先頭が「${start}」）`,
  encrypted:
    "パスワードで保護されたブックです（暗号化された OLE コンテナー）。Excel でパスワードを外して保存し直してください",
  oldXls: "Excel 97–2003 形式（.xls、OLE コンテナー）のブックです。Excel で .xlsx として保存し直してください",
  unreadable: (detail) => `ブックとして読めません（${detail}）`,
  noSheet: (name, sheets) => `シート「${name}」はありません（あるシート：${sheets.join("、")}）`,
  noTable: (sheets, best, known) =>
    `基本目標と指標名の列見出しがある表が見つかりません（調べたシート：${sheets.join("、")}）` +
    (best === "" ? "" : `。いちばん近いのは ${best} の行で、読めた見出しは ${known.join("、")} です`),
  severalTables: (at) =>
    `表の候補が ${at.length} つあります（${at.join("、")}）。--sheet でシートを選ぶか、表を一つにしてください`,
  uncalculated: (formula) => `数式 ${formula} に計算済みの値が保存されていません。Excel で開いて保存し直してください`,
  reading: (r) => {
    switch (r.kind) {
      case "field":
        return r.field;
      case "year":
        return `${r.year}の${r.part === "target" ? "目標値" : r.part === "actual" ? "実績値" : "達成率（市の値、比較のみ）"}`;
      case "yearRows":
        return `${r.year}（行ごとに目標値・実績値・達成率）`;
      case "part":
        return "行の区分（目標値・実績値・達成率）";
      case "text":
        return "文字として保持";
      case "ignored":
        return "読まない（空の見出し、または計算される列）";
      default:
        return unreachable(r);
    }
  },
  skipped: (why) =>
    why === "subtotal" ? "小計・平均の行として読み飛ばしました" : "基本目標の見出し行として読みました",
  rateWhy: (why) => {
    switch (why) {
      case "rounding":
        return "端数処理の違い（0.1% 未満の四捨五入）";
      case "lowerIsBetter":
        return "減少が望ましい指標を 実績値÷目標値 で計算しています（目標値÷実績値 が正しい）";
      case "cap":
        return "100.0% を上限にしていません";
      case "noRate":
        return "目標値か実績値がなく、達成率は出せません";
      case "notGiven":
        return "市の達成率が空欄です";
      case "other":
        return "計算に使った値が違います";
      default:
        return unreachable(why);
    }
  },
  table: (at, layout, indicators) =>
    `表：${at}（${layout === "rows" ? "1 指標 1 行" : "1 指標 3 行（目標値・実績値・達成率）"}、指標 ${indicators} 件）`,
  columnsHeading: "列の読み方：",
  rowsHeading: "読まなかった行：",
  ratesHeading: "市の達成率との違い：",
  noRateDifferences: (compared) => `市の達成率 ${compared} 件はすべて一致しました`,
  rateDifference: (at, name, year, theirs, ours, why) =>
    `${at} ${name}（${year}）：市 ${theirs}、KPI Sheets ${ours}：${why}`,
  noRefusedRows: "なし",
  sourceSheet: "このシート／選択した範囲",
  readSheet: "シートを読み取る",
  noSheetRead: "先に「シートを読み取る」でシートを読み取ってください。",
  emptySheet: "このシートは空です。計画の表があるシートを開くか、表の範囲を選択してください。",
  previewHint: "各列の読み方を確認し、違っていれば選び直してください。元のシートは変更しません。",
  indicatorsRead: (count, refused) =>
    `指標 ${count} 件を読み取りました` + (refused > 0 ? `（読めなかった行 ${refused}）` : ""),
};

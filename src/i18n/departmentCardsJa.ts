/** 日本語: the words of the departments' two cards (see departmentCards.ts). */
import type { DepartmentCardWords } from "./departmentCards";

export const departmentCardsJa: DepartmentCardWords = {
  sendTitle: "担当課へ送付",
  sendHint: "KPI表を担当課ごとのファイルに分けてダウンロードします。入力欄以外は保護されます。",
  sendButton: "担当課別ファイルを作成",
  collectTitle: "返送を取り込む",
  collectHint:
    "返送されたファイルを選ぶと、取り込む内容を一覧で確認してからKPI表に書き込みます。ファイルはどこにも送信されません。",
  collectButton: "返送ファイルを読む",
  chooseReturns: "返送ファイル（.xlsx、複数可）",
};

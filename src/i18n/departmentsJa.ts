/** 日本語: the words of sending to departments and collecting returns (see departmentMessages.ts). */
import type { DepartmentMessages } from "./departmentMessages";

export const departmentsJa: DepartmentMessages = {
  collectionSheet: "回収状況",
  settingsUnread: (labels) =>
    `設定シートの「${labels.join("」「")}」を読めないため、統合したブックでは既定値にしました`,
  title: (department, year) => `${department}：${year}の実績入力`,
  instructions: (year) =>
    `色の付いたセル（${year}の実績値・取組状況・今後の方向性）だけに入力し、このファイルのまま返送してください。実績は数値か「未公表」など。達成率は入力するとすぐ計算されます。`,
  collectionHeaders: ["担当課", "ファイル", "取込日時", "入力済／対象", "却下", "状況", "備考"],
  states: { applied: "取込済", unchanged: "変更なし（取込済み）", rejected: "却下", missing: "未返送" },
  reasons: {
    notAValue: "数値でも欠測の表記でもありません",
    protectedChanged: "保護された値（目標値・現状値・他の年度）が変更されています",
    otherMaster: "別の台帳から作られたファイルです",
    otherYear: "別の年度のファイルです",
    unknownId: "台帳にない指標IDです",
    disagrees: "同じ担当課の先の返送と値が違います",
    conflict: "配布後に台帳の値も変わっています（両方の値を表示）",
  },
  unverified: "配布時の控え（指紋）がないため、保護された値は確認できませんでした",
  unassigned: (count) => `担当課のない指標 ${count} 件はどのファイルにも入っていません`,
  wroteFiles: (count, folder) => `${folder} に担当課別のファイル ${count} 件を書き出しました`,
  merged: (a, r, c, p) => `取込 ${a} 件、却下 ${r} 件、競合 ${c} 件、未入力 ${p} 件`,
  pane: {
    sent: (count, year) => `${year}の担当課別ファイル ${count} 件をダウンロードしました`,
    noReturns: "返送ファイルを選んでください",
    notAReturn: (file) => `${file} にはKPI表（指標IDの列）がありません`,
    applyButton: "KPI表に書き込む",
    cancelButton: "取り消し",
    collected: (sheet) => `取り込みました。回収の状況は「${sheet}」シートにあります`,
    cancelled: "何も書き込みませんでした",
    kinds: { applied: "取込", rejected: "却下", conflict: "競合", pending: "未入力" },
  },
};

/**
 * The words of the departments' two cards in the task pane, shown at first paint: kept apart
 * from the rest of their words (departments.ts), which load with the cards' code.
 */
import type { Lang } from "../lang";
import { departmentCardsJa } from "./departmentCardsJa";

export interface DepartmentCardWords {
  readonly sendTitle: string;
  readonly sendHint: string;
  readonly sendButton: string;
  readonly collectTitle: string;
  readonly collectHint: string;
  readonly collectButton: string;
  readonly chooseReturns: string;
}

const en: DepartmentCardWords = {
  sendTitle: "Send to departments",
  sendHint:
    "Splits the KPI table into one file per department, downloaded here; all but the cells to fill is protected.",
  sendButton: "Make department files",
  collectTitle: "Collect returns",
  collectHint:
    "Choose the files the departments sent back: the changes are listed, and written into the KPI table only when you confirm. Nothing is uploaded.",
  collectButton: "Read the returns",
  chooseReturns: "Returned files (.xlsx, several at once)",
};

const words: Readonly<Record<Lang, DepartmentCardWords>> = { ja: departmentCardsJa, en };

export function departmentCards(lang: Lang): DepartmentCardWords {
  return words[lang];
}

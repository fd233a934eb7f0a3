/**
 * The words of sending to departments and collecting returns, per language: a section of the
 * language pack kept beside it (not in Messages), so the task pane's first paint does not carry
 * them; they load with the departments' code.
 */
import type { Lang } from "../lang";
import type { DepartmentMessages } from "./departmentMessages";
import { departmentsEn } from "./departmentsEn";
import { departmentsJa } from "./departmentsJa";

export type { DepartmentMessages } from "./departmentMessages";

const packs: Readonly<Record<Lang, DepartmentMessages>> = { ja: departmentsJa, en: departmentsEn };

export function departmentMessages(lang: Lang): DepartmentMessages {
  return packs[lang];
}

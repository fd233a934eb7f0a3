/**
 * Formulas as an .xlsx file stores them. Excel saves a JavaScript custom function under the
 * prefix _xldudf_ with its namespace and id joined by "_": =KPI.RATE(B5,C5) as typed is
 * _xldudf_KPI_RATE(B5,C5) in the file. A file holding the typed name is reported to show #NAME?
 * until each cell is re-entered, even with the add-in loaded (OfficeDev/Excel-Custom-Functions
 * #108), so the command line writes what Excel writes. The sheet plans keep the typed form,
 * which is what Office.js takes from the task pane.
 */
import { join, tokenize } from "../src/formula/tokens";

/** The add-in's namespace (manifest.xml, Functions.Namespace). */
const namespace = "KPI";
const typedName = new RegExp(`^${namespace}\\.([A-Za-z0-9_.]+)$`, "i");

/** A formula (without "=") with every KPI.* call under its file name; strings and sheet names stay as written. */
export function fileFormula(formula: string): string {
  return join(
    tokenize(formula).map((token) => {
      if (token.kind !== "function") return token;
      const name = typedName.exec(token.text)?.[1];
      return name === undefined
        ? token
        : { ...token, text: `_xldudf_${namespace}_${name.toUpperCase().replace(/\./g, "_")}` };
    }),
  );
}

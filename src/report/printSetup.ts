/**
 * How every sheet the add-in writes prints: A4, the orientation its width needs, margins, the
 * strategy's name and the evaluation year in the header, "page x of y" in the footer. Nothing is
 * shrunk to fit: text prints at its own size (9 pt or more), wide sheets run over several pages
 * with their header rows and indicator names repeated on each.
 */
import { columnLetter } from "../formula/a1";
import { messagesFor } from "../i18n";
import { yearLabel } from "../year";
import { Settled } from "../sheets/options";
import { Margins, PrintSetup, SheetPlan } from "../sheets/sheetPlan";
import { unreachable } from "../unreachable";

/** Inches, as Excel's "Normal" margins but narrower at the sides, so more columns fit a page. */
export const reportMargins: Margins = { left: 0.3, right: 0.3, top: 0.75, bottom: 0.6, header: 0.3, footer: 0.3 };

/** Text as a header or footer holds it: & starts a code, so a literal one is doubled. */
const headerText = (text: string): string => text.replace(/&/g, "&&");

/** The title the report and the page headers show: the plan's, else a generic one. */
export function planTitle(s: Settled): string {
  return s.title === "" ? messagesFor(s.lang).reportSheet.untitled : s.title;
}

/** The page setup shared by every sheet, with its orientation and what repeats on each page. */
export function pageSetup(
  s: Settled,
  orientation: PrintSetup["orientation"],
  extra: Partial<PrintSetup> = {},
): PrintSetup {
  const m = messagesFor(s.lang).reportSheet;
  const left = [s.city, planTitle(s)].filter((t) => t !== "").join(" ");
  return {
    orientation,
    fitToWidth: false,
    paper: "A4",
    margins: reportMargins,
    header: `&L${headerText(left)}&R${headerText(`${m.evalYear} ${yearLabel(s.year, s.lang)}`)}`,
    footer: `&C${m.footer}`,
    ...extra,
  };
}

/**
 * A sheet with its page setup: the KPI table and the summary landscape with their header rows
 * and name columns repeated, the settings portrait. The report sets its own (reportSheet.ts).
 */
export function printed(sheet: SheetPlan, s: Settled): SheetPlan {
  switch (sheet.role) {
    case "kpi":
      return {
        ...sheet,
        print: pageSetup(s, "landscape", {
          ...(sheet.print?.titleRows === undefined ? {} : { titleRows: sheet.print.titleRows }),
          titleColumns: nameColumn(sheet),
        }),
      };
    case "summary":
      return { ...sheet, print: pageSetup(s, "landscape", { titleColumns: "$A:$B" }) };
    case "settings":
      return { ...sheet, print: pageSetup(s, "portrait") };
    case "collection":
      return { ...sheet, print: pageSetup(s, "landscape") };
    // the report sets its own; the hidden metadata of a department's file is never printed
    case "report":
    case "returnInfo":
      return sheet;
    default:
      return unreachable(sheet.role);
  }
}

/** The KPI table's indicator-name column, the last of its frozen ones ("$F:$F"). */
function nameColumn(sheet: SheetPlan): string {
  const letter = columnLetter(Math.max(0, sheet.freeze.columns - 1));
  return `$${letter}:$${letter}`;
}

/** The pane's department actions on the workbook open in Excel, and saving a file from the pane. */
import type { CollectResult, ReturnUpload } from "./collect";
import type { MergeResult } from "../../src/departments/outcome";
import type { Lang } from "../../src/lang";
import type { DepartmentDownload, SendResult } from "./send";

export interface DepartmentActions {
  send(year: number | undefined): Promise<SendResult>;
  collect(
    uploads: readonly ReturnUpload[],
    options: { readonly year: number | undefined; readonly lang: Lang; readonly mergedAt: string },
    confirm: (result: MergeResult) => Promise<boolean>,
  ): Promise<CollectResult>;
  /** Hands a file to the browser as a download. */
  download(file: DepartmentDownload): void;
}

/** A download through a temporary link: the file never leaves the machine. */
function download(file: DepartmentDownload): void {
  const blob = new Blob([file.bytes as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function excelDepartmentActions(): DepartmentActions {
  return {
    send: (year) => Excel.run(async (context) => (await import("./send")).sendToDepartmentsIn(context, year)),
    collect: (uploads, options, confirm) =>
      Excel.run(async (context) => (await import("./collect")).collectReturnsIn(context, uploads, options, confirm)),
    download,
  };
}

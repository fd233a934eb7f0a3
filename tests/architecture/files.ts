/** The repository's source files, for the architecture tests: paths from the root, with "/". */
import { readdirSync } from "node:fs";
import { join } from "node:path";

export const root = join(__dirname, "..", "..");

/** The product's folders: the engine and its three entry points. */
export const productRoots = ["src", "functions", "taskpane", "cli"] as const;

/** Every .ts and .tsx file under the folders, skipping node_modules and the folders named in `skip`. */
export function sourceFiles(folders: readonly string[], skip: readonly string[] = []): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && !skip.includes(path)) walk(path);
      } else if (/\.tsx?$/.test(entry.name)) {
        files.push(path);
      }
    }
  };
  for (const folder of folders) walk(folder);
  return files.sort();
}

/**
 * The built task pane's JavaScript, gzipped, split as the page loads it: the local scripts
 * taskpane.html names (loaded before the pane shows; functions.js among them, as the shared
 * runtime loads it in the same page) and the chunks no script tag names (loaded on an action's
 * first use). office.js is Microsoft's, loaded by every add-in, and not counted.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface Script {
  readonly file: string;
  readonly gzipped: number;
}

export interface PaneScripts {
  readonly initial: readonly Script[];
  readonly onFirstUse: readonly Script[];
}

export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

/** The local scripts taskpane.html names, in order. */
function initialScripts(dist: string): string[] {
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^[a-z]+:\/\//i.test(src));
}

/**
 * The page's scripts, initial and on first use. `loadedBeforeRender`: the local scripts a browser
 * fetched before the pane's first render (pane.bench.ts records them); any the HTML does not name
 * (a runtime or shared chunk the entry scripts pull in at start) counts as initial too.
 */
export function paneScripts(dist: string, loadedBeforeRender: readonly string[] = []): PaneScripts {
  const script = (file: string): Script => {
    return { file, gzipped: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length };
  };
  const named = initialScripts(dist);
  const initial = [...named, ...loadedBeforeRender.filter((f, i, all) => !named.includes(f) && all.indexOf(f) === i)];
  const later = readdirSync(dist).filter((f) => f.endsWith(".js") && !initial.includes(f));
  return { initial: initial.map(script), onFirstUse: later.sort().map(script) };
}

export const gzippedTotal = (scripts: readonly Script[]): number => scripts.reduce((sum, s) => sum + s.gzipped, 0);

/**
 * Test tooling: the Office.js members a set of source files use, each with the requirement set
 * its declaration's JSDoc names (`[Api set: ExcelApi 1.8]` in @types/office-js and
 * @types/custom-functions-runtime), and the uses the manifest's requirement sets do not cover.
 * Uses are found with the TypeScript compiler: property accesses and calls, the paths of
 * `load("a/b")` strings, and the properties of object literals typed by Office.js (a data
 * validation rule). A use inside `if (isSetSupported("ExcelApi", "1.9"))`, directly or through a
 * project function that returns that check, is guarded by it.
 */
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { parse } from "./manifestNodes";

export interface SetVersion {
  name: string;
  version: string;
}

export interface Use {
  /** The member as Office.js names it: Excel.Range.numberFormat. */
  member: string;
  /** The requirement set of the use (the setter's where the tag names one); undefined when untagged. */
  set: SetVersion | undefined;
  /** The tag's text when it says more than one set and a version (1.1 for get, 1.8 for set). */
  note: string | undefined;
  /** The run-time check the use sits behind, if any. */
  guard: SetVersion | undefined;
  file: string;
  line: number;
}

/** The namespaces of office.js and of the custom functions runtime, and the files declaring them. */
const namespaces = new Set(["Excel", "Office", "OfficeExtension", "CustomFunctions"]);
const declarationFiles = /[\\/]node_modules[\\/]@types[\\/](office-js|custom-functions-runtime)[\\/]/;

/** A program over `files` with the compiler options of `tsconfig`; `virtual` adds files held in memory. */
export function createProgram(tsconfig: string, files: string[], virtual: Record<string, string> = {}): ts.Program {
  const read = ts.readConfigFile(tsconfig, ts.sys.readFile);
  if (read.error !== undefined) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, "\n"));
  const { options } = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(tsconfig));
  const memory = new Map(Object.entries(virtual).map(([name, text]) => [resolve(name), text]));
  const host = ts.createCompilerHost({ ...options, noEmit: true });
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) => {
    const text = memory.get(resolve(name));
    return text === undefined
      ? getSourceFile(name, language, ...rest)
      : ts.createSourceFile(name, text, language, true);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => memory.has(resolve(name)) || fileExists(name);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => memory.get(resolve(name)) ?? readFile(name);
  return ts.createProgram([...files, ...memory.keys()], { ...options, noEmit: true }, host);
}

/** Compares dotted versions as numbers (1.10 is above 1.9). */
export function compareVersions(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The `[Api set: …]` tag of the nearest declaration (the member, else its class) that has one. */
function apiSetTag(declaration: ts.Node): string | undefined {
  for (let node: ts.Node | undefined = declaration; node !== undefined; node = node.parent) {
    if (ts.isSourceFile(node)) return undefined;
    const text = node.getSourceFile().text;
    for (const range of ts.getLeadingCommentRanges(text, node.pos) ?? []) {
      const tag = /\[Api set:\s*([^\]]*)\]/.exec(text.slice(range.pos, range.end));
      if (tag !== null && /^[A-Za-z]+\s+\d/.test(tag[1].trim())) return tag[1].trim().replace(/\s+/g, " ");
    }
  }
  return undefined;
}

/** The set of a tag; a write takes the version the tag gives "for set" or "for setting", if any. */
export function setOfTag(tag: string, write: boolean): SetVersion {
  const base = /^([A-Za-z]+)\s+(\d+(?:\.\d+)*)/.exec(tag)!;
  const setter = /(\d+(?:\.\d+)*)\s+for\s+set/.exec(tag);
  return { name: base[1], version: write && setter !== null ? setter[1] : base[2] };
}

/** Office.js's name for a declaration: the names of it and of its enclosing declarations. */
function qualifiedName(declaration: ts.Node): string {
  const names: string[] = [];
  for (let node: ts.Node | undefined = declaration; node !== undefined && !ts.isSourceFile(node); node = node.parent) {
    const name = (node as ts.NamedDeclaration).name;
    if (name !== undefined && (ts.isIdentifier(name) || ts.isStringLiteral(name))) names.unshift(name.text);
  }
  return names.join(".");
}

/** The Office.js declaration of a symbol, if it has one. */
function officeDeclaration(symbol: ts.Symbol | undefined): ts.Declaration | undefined {
  const declaration = symbol?.declarations?.find((d) => declarationFiles.test(d.getSourceFile().fileName));
  if (declaration === undefined) return undefined;
  return namespaces.has(qualifiedName(declaration).split(".")[0]) ? declaration : undefined;
}

/** The requirement check a call makes: isSetSupported("Name", "1.9"), or a project function returning one. */
function checkOf(call: ts.CallExpression, checker: ts.TypeChecker, depth = 0): SetVersion | undefined {
  const callee = checker.getSymbolAtLocation(
    ts.isPropertyAccessExpression(call.expression) ? call.expression.name : call.expression,
  );
  const declaration = officeDeclaration(callee);
  if (declaration !== undefined) {
    const [name, version] = call.arguments;
    const literal = (e: ts.Expression | undefined) => e !== undefined && ts.isStringLiteralLike(e);
    if (qualifiedName(declaration).endsWith(".isSetSupported") && literal(name) && literal(version))
      return { name: (name as ts.StringLiteralLike).text, version: (version as ts.StringLiteralLike).text };
    return undefined;
  }
  const body = callee?.declarations?.find((d) => !d.getSourceFile().isDeclarationFile);
  if (depth > 0 || body === undefined) return undefined;
  let found: SetVersion | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isReturnStatement(node) && node.expression !== undefined && ts.isCallExpression(node.expression))
      found ??= checkOf(node.expression, checker, depth + 1);
    ts.forEachChild(node, visit);
  };
  visit(body);
  return found;
}

/** The check guarding a node: an `if`, `?:` or `&&` whose condition calls one, around the node. */
function guardOf(node: ts.Node, checker: ts.TypeChecker): SetVersion | undefined {
  for (let child = node, parent = node.parent; parent !== undefined; child = parent, parent = parent.parent) {
    let condition: ts.Expression | undefined;
    if (ts.isIfStatement(parent) && parent.thenStatement === child) condition = parent.expression;
    if (ts.isConditionalExpression(parent) && parent.whenTrue === child) condition = parent.condition;
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
      if (parent.right === child) condition = parent.left;
    if (condition === undefined) continue;
    let found: SetVersion | undefined;
    const visit = (n: ts.Node): void => {
      if (ts.isCallExpression(n)) found ??= checkOf(n, checker);
      ts.forEachChild(n, visit);
    };
    visit(condition);
    if (found !== undefined) return found;
  }
  return undefined;
}

const isWrite = (node: ts.Expression): boolean =>
  ts.isBinaryExpression(node.parent) &&
  node.parent.left === node &&
  node.parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
  node.parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment;

/** The properties a `load("items/name,items/worksheet/name")` string names, on the loaded object's type. */
function loadPaths(text: string, type: ts.Type, checker: ts.TypeChecker, at: ts.Node): ts.Symbol[] {
  const found: ts.Symbol[] = [];
  for (const path of text.split(",")) {
    let current: ts.Type | undefined = type;
    for (const segment of path.trim().split("/")) {
      const property: ts.Symbol | undefined = current?.getProperty(segment);
      if (property === undefined) break;
      found.push(property);
      const next = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(property, at));
      current = checker.isArrayType(next) ? checker.getTypeArguments(next as ts.TypeReference)[0] : next;
    }
  }
  return found;
}

/** Every Office.js member the given files of the program use. */
export function officeUses(program: ts.Program, files: string[], root: string): Use[] {
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  const record = (symbol: ts.Symbol | undefined, at: ts.Node, write: boolean): void => {
    const declaration = officeDeclaration(symbol);
    if (declaration === undefined) return;
    const tag = apiSetTag(declaration);
    const source = at.getSourceFile();
    uses.push({
      member: qualifiedName(declaration),
      set: tag === undefined ? undefined : setOfTag(tag, write),
      note: tag !== undefined && /\d\s+\S*\s*for\s/.test(tag) ? tag : undefined,
      guard: guardOf(at, checker),
      file: relative(root, source.fileName).split("\\").join("/"),
      line: source.getLineAndCharacterOfPosition(at.getStart()).line + 1,
    });
  };
  for (const file of files) {
    const source = program.getSourceFile(resolve(file));
    if (source === undefined) throw new Error(`${file} is not in the program`);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) record(checker.getSymbolAtLocation(node.name), node, isWrite(node));
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const [first] = node.arguments;
        if (node.expression.name.text === "load" && first !== undefined && ts.isStringLiteralLike(first)) {
          const type = checker.getTypeAtLocation(node.expression.expression);
          for (const property of loadPaths(first.text, type, checker, node)) record(property, first, false);
        }
      }
      if (ts.isObjectLiteralExpression(node)) {
        const type = checker.getContextualType(node);
        for (const property of node.properties) {
          const name = property.name !== undefined && ts.isIdentifier(property.name) ? property.name.text : undefined;
          if (type === undefined || name === undefined) continue;
          const types = type.isUnion() ? type.types : [type];
          const symbol = types.map((t) => t.getProperty(name)).find((p) => officeDeclaration(p) !== undefined);
          // a literal sets what it names, except the options of load({ name: true }), which read it
          record(symbol, property, !/LoadOptions$/.test(qualifiedName(officeDeclaration(symbol)?.parent ?? node)));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** The requirement sets an add-in only manifest declares: OfficeApp > Requirements > Sets > Set. */
export function declaredSets(manifestXml: string): Map<string, string> {
  const declared = new Map<string, string>();
  const requirements = parse(manifestXml).children.filter((n) => n.name === "Requirements");
  for (const sets of requirements.flatMap((r) => r.children.filter((n) => n.name === "Sets")))
    for (const set of sets.children.filter((n) => n.name === "Set"))
      declared.set(set.attrs.Name, set.attrs.MinVersion ?? sets.attrs.DefaultMinVersion ?? "1.1");
  return declared;
}

/** What a host offers without a declaration: every Excel that runs add-ins has ExcelApi 1.1. */
export const undeclared: Record<string, string> = { ExcelApi: "1.1" };

/** The uses above what the declared sets (or the use's run-time check) guarantee. */
export function uncovered(uses: Use[], declared: Map<string, string>): Use[] {
  return uses.filter((use) => {
    if (use.set === undefined) return false; // untagged: the common API every host has
    const allowed = [declared.get(use.set.name) ?? undeclared[use.set.name]];
    if (use.guard?.name === use.set.name) allowed.push(use.guard.version);
    return !allowed.some((v) => v !== undefined && compareVersions(use.set!.version, v) <= 0);
  });
}

/** The highest version of each set that unguarded uses need. */
export function neededSets(uses: Use[]): Map<string, string> {
  const needed = new Map<string, string>();
  for (const { set, guard } of uses) {
    if (set === undefined || guard?.name === set.name) continue;
    const current = needed.get(set.name);
    if (current === undefined || compareVersions(set.version, current) > 0) needed.set(set.name, set.version);
  }
  return needed;
}

const label = (s: SetVersion | undefined): string =>
  s === undefined ? "(untagged: common API)" : `${s.name} ${s.version}`;

/** One line per member and set: member, set, guard, the tag's own words when it names several. */
export function inventoryTable(uses: Use[]): string {
  const rows = new Set<string>();
  for (const use of uses) {
    const cells = [use.member, label(use.set)];
    if (use.guard !== undefined) cells.push(`only if isSetSupported(${label(use.guard)})`);
    if (use.note !== undefined) cells.push(`[Api set: ${use.note}]`);
    rows.add(cells.join(" | "));
  }
  return [...rows].sort().join("\n");
}

/** A use as a message names it: where it is, what it is, what it needs. */
export const describeUse = (use: Use): string => `${use.file}:${use.line} ${use.member} needs ${label(use.set)}`;

/** The .ts and .tsx files under a folder, as paths. */
export function sourcesUnder(folder: string): string[] {
  return ts.sys
    .readDirectory(folder, [".ts", ".tsx"], undefined, ["**/*"])
    .filter((f) => !f.endsWith(".d.ts"))
    .map((f) => join(f))
    .sort();
}

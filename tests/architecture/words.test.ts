/**
 * The domain's Japanese words have four homes in the product (issue 8): the language pack, the
 * input vocabulary, the functions' metadata translations and the bundled sample. Any other
 * product file with Japanese in its code (comments do not count) fails here, named with the line
 * and the token.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { codeTokens, japaneseInCode } from "./codeText";
import { productRoots, root, sourceFiles } from "./files";

const homes = [
  "src/i18n/ja.ts", // the language pack, in Japanese
  "src/i18n/departmentsJa.ts", // its section for sending to departments and collecting returns
  "src/i18n/jaWorkbook.ts", // its section for reading workbooks (own file: ja.ts stays under 300 lines)
  "src/i18n/jaReport.ts", // its report section, in a file of its own (ja.ts is at the size limit)
  "src/i18n/departmentCardsJa.ts", // and the words of their two cards in the pane
  "src/i18n/jaPane.ts", // its pane section, likewise
  "src/vocabulary.ts", // the words the readers accept
  "src/unitWords.ts", // its units, in a file of their own
  "src/i18n/jaRules.ts", // the pack's rules section, in a file of its own
  "src/i18n/jaCli.ts", // and its command-line section
  "functions/ja.ts", // the translations of the functions' metadata
  "taskpane/sample/atsugiSample.ts", // the bundled sample plan
];

/**
 * Files whose words are still being moved into the pack or the vocabulary (none now). A test below
 * fails once an entry holds no Japanese any more, so the list can only shrink. A folder ends with "/".
 */
const pending: readonly string[] = [];

const isPending = (file: string): boolean =>
  pending.some((entry) => (entry.endsWith("/") ? file.startsWith(entry) : file === entry));

const japaneseIn = (file: string) => japaneseInCode(readFileSync(join(root, file), "utf8"), file);
const withJapanese = sourceFiles(productRoots).filter((file) => japaneseIn(file).length > 0);

describe("the scanner", () => {
  const found = (source: string, file = "a.ts"): string[] => japaneseInCode(source, file).map((t) => t.text);

  test("finds Japanese in a string, and not in comments of either kind", () => {
    expect(found('const done = "順調"; // 順調 means on track\n')).toEqual(['"順調"']);
    expect(found("/** 未公表: not yet published */\nconst x = 1; /* 指標変更 */\n")).toEqual([]);
    expect(found("// 基本目標\nexport const goal = 1;\n")).toEqual([]);
  });

  test("a // or /* inside a string, a template or a regular expression is code, not a comment", () => {
    expect(found('const url = "https://example.jp/未公表";\n')).toEqual(['"https://example.jp/未公表"']);
    expect(found("const t = `${a} /* ${b} */ 遅れ`;\n")).toEqual(["} */ 遅れ`"]);
    expect(found("const r = /\\/\\/|年度/u;\n")).toEqual(["/\\/\\/|年度/u"]);
    expect(found("const r = /[/*]/; const y = '令和';\n")).toEqual(["'令和'"]);
    // a division is not a regular expression: the comment after it stays a comment
    expect(found("const x = a / b; // 年度\n")).toEqual([]);
  });

  test("template substitutions nest, braces and all", () => {
    expect(found("const t = `${f({ a: `${x}` })}年度`;\n")).toEqual(["}年度`"]);
  });

  test("JSX text is code, a JSX comment is not", () => {
    expect(found("const e = <p>日本語</p>;\n", "a.tsx")).toEqual(["日本語"]);
    expect(found("const e = <p>it's {/* 日本語 */ x}</p>;\n", "a.tsx")).toEqual([]);
    expect(found('const e = <p title="a // b">{"順調"}</p>;\n', "a.tsx")).toEqual(['"順調"']);
  });

  test("reports the line of each token", () => {
    expect(japaneseInCode('// 年度\n\nconst x = "年度";\n', "a.ts")).toEqual([{ line: 3, text: '"年度"' }]);
    expect(codeTokens("a /* b */ c // d\n", "a.ts").map((t) => t.text)).toEqual(["a", "c"]);
  });
});

describe("Japanese words in the product", () => {
  test("appear in code only in their four homes (and the pending files)", () => {
    const offenders = withJapanese
      .filter((file) => !homes.includes(file) && !isPending(file))
      .flatMap((file) => japaneseIn(file).map((t) => `${file}:${t.line}: ${t.text}`));
    expect(offenders).toEqual([]);
  });

  test("the pending list names only files that still hold Japanese", () => {
    const stale = pending.filter((entry) => !withJapanese.some((file) => isPending(file) && file.startsWith(entry)));
    console.info(
      `Pending moves into the language pack (${pending.length}): ${pending.join(", ")}\n` +
        `files with Japanese in code among them: ${withJapanese.filter(isPending).join(", ")}`,
    );
    expect(stale).toEqual([]);
  });

  test("the homes exist and hold Japanese (the scan reads the files)", () => {
    expect(homes.filter((file) => !withJapanese.includes(file))).toEqual([]);
  });
});

/**
 * Test tooling: an add-in manifest as a tree of nodes in document order (fast-xml-parser keeps
 * the order the schema's sequences are about), and the URLs it holds.
 */
import { XMLParser } from "fast-xml-parser";

export interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

type Raw = Record<string, unknown> & { ":@"?: Record<string, string> };

function toNodes(raw: Raw[]): Node[] {
  const nodes: Node[] = [];
  for (const item of raw) {
    const name = Object.keys(item).find((k) => k !== ":@")!;
    if (name === "#text" || name === "?xml") continue;
    const inner = item[name] as Raw[];
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(item[":@"] ?? {})) attrs[k.replace(/^@/, "")] = String(v);
    const text = inner
      .filter((i) => "#text" in i)
      .map((i) => String(i["#text"]))
      .join("");
    nodes.push({ name, attrs, children: toNodes(inner), text });
  }
  return nodes;
}

export function parse(xml: string): Node {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    parseTagValue: false,
  });
  return toNodes(parser.parse(xml) as Raw[])[0];
}

export function* walk(node: Node, path: string[] = []): Generator<[Node, string[]]> {
  yield [node, path];
  for (const child of node.children) yield* walk(child, [...path, node.name]);
}

/** Every URL in a manifest: DefaultValue and Value attributes holding one. */
export const urlsOf = (xml: string): string[] =>
  [...walk(parse(xml))]
    .flatMap(([n]) => [n.attrs.DefaultValue, n.attrs.Value])
    .filter((v): v is string => v !== undefined && /^https?:/.test(v));

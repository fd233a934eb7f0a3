/** Text as XML element content: & < > escaped (the writer's text has been through xlsxText). */
export function escapeXml(text: string): string {
  return /[&<>]/.test(text) ? text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") : text;
}

/**
 * Escapes text for HTML and XML content and attribute values.
 *
 * @example
 * ```ts
 * import { escapeHtml } from "@opptrapping/report";
 * escapeHtml('<b a="1">'); // "&lt;b a=&quot;1&quot;&gt;"
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
}

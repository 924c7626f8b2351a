import { pad2, pad4 } from "./calendar.js";
import { unreachable } from "./monthSpan.js";
import type { Period } from "./types.js";

/**
 * The canonical string of a period, the one {@link parsePeriod} reads back:
 * `2025`, `2025H2`, `2025T2`, `2025Q3`, `2025W07` (ISO week), `2025-06`, `2025-06-15`, `2024/25`, and
 * `from/to` for a range.
 *
 * @example
 * ```ts
 * import { formatPeriod } from "@opptrapping/core";
 * formatPeriod({ kind: "schoolYear", startYear: 2024 }); // "2024/25"
 * ```
 */
export function formatPeriod(p: Period): string {
  switch (p.kind) {
    case "day":
      return `${pad4(p.year)}-${pad2(p.month)}-${pad2(p.day)}`;
    case "week":
      return `${pad4(p.year)}W${pad2(p.week)}`;
    case "month":
      return `${pad4(p.year)}-${pad2(p.month)}`;
    case "quarter":
      return `${pad4(p.year)}Q${p.quarter}`;
    case "tertial":
      return `${pad4(p.year)}T${p.tertial}`;
    case "half":
      return `${pad4(p.year)}H${p.half}`;
    case "year":
      return pad4(p.year);
    case "schoolYear":
      return `${pad4(p.startYear)}/${pad2((p.startYear + 1) % 100)}`;
    case "range":
      return `${formatPeriod(p.from)}/${formatPeriod(p.to)}`;
    default:
      return unreachable(p);
  }
}

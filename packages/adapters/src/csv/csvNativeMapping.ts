import { deepFreeze } from "@opptrapping/core";
import type { CsvMappingInput } from "./csvMapping.js";
import { DIMENSION_PREFIX } from "./toCsv.js";

/**
 * The mapping that reads what `toCsv` writes: each column by the observation field it holds,
 * dimensions from the `dimensions.<key>` columns.
 *
 * @example
 * ```ts
 * import { csvNativeMapping, fromCsv, toCsv } from "@opptrapping/adapters/csv";
 * fromCsv(toCsv(observations), csvNativeMapping).observations; // the observations, in toCsv's order
 * ```
 */
export const csvNativeMapping = deepFreeze({
  indicator: { from: "indicatorId" },
  period: { from: "period" },
  orgUnit: { from: "orgUnit" },
  columns: {
    value: "value",
    count: "count",
    numerator: "numerator",
    denominator: "denominator",
    flags: "flags",
    note: "note",
    sourceDoc: "source.doc",
    sourceSection: "source.section",
    sourceNote: "source.note",
    dimensionPrefix: DIMENSION_PREFIX,
  },
} as const satisfies CsvMappingInput);

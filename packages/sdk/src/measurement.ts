import type { Measurement } from "./assessment.js";

/**
 * A complete {@link Measurement} from the fields an assessor knows; every other field is the
 * "not known" value (`null`, no milestones, an unbounded domain, deadline not passed).
 * Plugin assessors use it so that new optional evidence fields never break them.
 *
 * @example
 * ```ts
 * import { createMeasurement } from "@opptrapping/sdk";
 * const m = createMeasurement({
 *   insufficient: { code: "no_observations", explanation: { nb: "Ingen data.", en: "No data." } },
 * });
 * m.value; // null
 * ```
 */
export function createMeasurement(fields: Partial<Measurement>): Measurement {
  return {
    value: null,
    valuePeriod: null,
    baseline: null,
    targetValue: null,
    met: null,
    gap: null,
    progress: null,
    pace: null,
    change: null,
    trend: null,
    forecast: null,
    domain: { min: null, max: null },
    finality: null,
    deadline: { passed: false, hasData: false },
    milestones: [],
    yearOnYear: null,
    insufficient: null,
    used: [],
    ...fields,
  };
}

import { observationSchema, type Issue, type Observation } from "@opptrapping/core";
import type { AdapterReadResult, Assessment, ReadMode } from "@opptrapping/sdk";
import { AdapterError } from "../AdapterError.js";
import { decodeText } from "../text/decode.js";

/**
 * Reads plain JSON: an array of observations, each validated with core's observation schema.
 * Strict mode throws the first bad one as an AdapterError at its index; lenient mode reports
 * each and keeps the rest.
 *
 * @example
 * ```ts
 * import { fromObservationsJson } from "@opptrapping/adapters";
 * const { observations } = fromObservationsJson('[{"indicatorId":"R5.wait","period":"2025","orgUnit":"NO","value":40}]');
 * ```
 */
export function fromObservationsJson(input: string | Uint8Array | unknown, options: { readonly mode?: ReadMode } = {}): AdapterReadResult {
  let parsed: unknown = input;
  if (typeof input === "string" || input instanceof Uint8Array) {
    try {
      parsed = JSON.parse(decodeText(input, "utf-8"));
    } catch (error) {
      if (error instanceof AdapterError) throw error;
      throw new AdapterError("invalid_json", `the input is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (!Array.isArray(parsed)) throw new AdapterError("not_observations", "expected a JSON array of observations", { path: [] });
  const observations: Observation[] = [];
  const issues: Issue[] = [];
  parsed.forEach((item, index) => {
    const r = observationSchema.safeParse(item);
    if (r.success) {
      observations.push(r.data);
      return;
    }
    const first = r.error.issues[0]!;
    const path = [index, ...first.path.map((p) => (typeof p === "number" ? p : String(p)))];
    const error = new AdapterError("invalid_observation", `observation ${index}: ${first.message}`, { path });
    if ((options.mode ?? "strict") === "strict") throw error;
    issues.push(error.toIssue());
  });
  return { observations, issues };
}

/**
 * Writes observations as plain JSON (an array, two-space indented), readable by
 * {@link fromObservationsJson}.
 *
 * @example
 * ```ts
 * import { toObservationsJson } from "@opptrapping/adapters";
 * toObservationsJson(observations);
 * ```
 */
export function toObservationsJson(observations: readonly Observation[]): string {
  return `${JSON.stringify(observations, null, 2)}\n`;
}

/**
 * Writes assessments as plain JSON: every field of each assessment (value, baseline, target
 * value, gap, progress, trend, forecast, status, colour, explanation and the series points
 * used), in the order given.
 *
 * @example
 * ```ts
 * import { toAssessmentsJson } from "@opptrapping/adapters";
 * toAssessmentsJson(evaluation.goals.flatMap((g) => g.assessments));
 * ```
 */
export function toAssessmentsJson(assessments: readonly Assessment[]): string {
  return `${JSON.stringify(assessments, null, 2)}\n`;
}

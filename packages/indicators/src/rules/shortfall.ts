import type { Measurement } from "@opptrapping/sdk";

/**
 * How far a value falls short of the target value, relative to the size of the target value
 * (`|targetValue|`, or 1 when the target value is 0): 0 when the value meets it, 0.1 when it
 * is 10 % of the target value away in the wrong direction.
 */
export function shortfall(value: number, m: Measurement, preferred: "decrease" | "increase"): number {
  if (m.targetValue === null) return Number.POSITIVE_INFINITY;
  const behind = preferred === "decrease" ? value - m.targetValue : m.targetValue - value;
  const scale = m.targetValue === 0 ? 1 : Math.abs(m.targetValue);
  return Math.max(0, behind) / scale;
}

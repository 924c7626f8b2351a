import type { Observation } from "@opptrapping/core";
import { evaluatePlan, type PlanEvaluation } from "@opptrapping/indicators";
import { observations, plan } from "@opptrapping/psykisk-helse";
import { buildReport, type ReportModel } from "./model.js";
import type { Lang } from "./messages.js";

/**
 * SYNTHETIC history for PHBU (made up for tests, not published figures): two annual averages
 * after the bundled 53 days of 2022 (the series break), the last provisional, so trends,
 * forecasts and provisional marks are all exercised next to the bundled June–December 2025
 * figure, which stays off the line as not comparable. (No annual 2025: evaluatePlan refuses
 * it next to the bundled June–December 2025 as overlapping.)
 */
export const SYNTHETIC_PHBU: readonly Observation[] = [
  { indicatorId: "R5.wait", period: "2023", orgUnit: "NO", dimensions: { service: "PHBU" }, value: 48, flags: ["synthetic"] },
  { indicatorId: "R5.wait", period: "2024", orgUnit: "NO", dimensions: { service: "PHBU" }, value: 44, flags: ["synthetic", "provisional"] },
];

/** The bundled plan evaluated as of January 2026, with or without the synthetic history. */
export function evaluation(withHistory: boolean, asOf = "2026-01"): { plan: ReturnType<typeof plan>; e: PlanEvaluation } {
  const p = plan();
  return { plan: p, e: evaluatePlan(p, [...observations(), ...(withHistory ? SYNTHETIC_PHBU : [])], { asOf }) };
}

/** The report of {@link evaluation}. */
export function report(lang: Lang, withHistory = true): ReportModel {
  const { plan: p, e } = evaluation(withHistory);
  return buildReport(p, e, { lang });
}

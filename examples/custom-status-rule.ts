/**
 * An outside team's plugin — an Open SDG-style status rule and an indicator calculator —
 * composed with the built-in plugins, then used to assess the bundled plan.
 *
 * Run: pnpm example:custom-status-rule
 *
 * The rule rates progress as Open SDG does: the observed compound annual growth since the
 * baseline divided by the growth required to reach the target by its deadline (≥ 0.95 on
 * track, ≥ 0.6 at risk, below that off track). The observations added below are SYNTHETIC,
 * labelled so, to give the rule a series to work on.
 */
import { parsePeriod, periodMidpoint, type Observation } from "@opptrapping/core";
import { assess, builtinPlugins, createDefaultRule, evidenceVerdict } from "@opptrapping/indicators";
import { observations, plan, target as targetById } from "@opptrapping/psykisk-helse";
import { createToolkit, definePlugin, type StatusRule } from "@opptrapping/sdk";

/** Open SDG's progress ratio as a status rule. */
const openSdgRule: StatusRule = {
  id: "open-sdg",
  title: { nb: "Open SDG-framdrift", en: "Open SDG progress" },
  decide({ target, measurement: m, options }) {
    // The evidence rules every rule keeps: no verdict without data, achievement on final data only.
    const evidence = evidenceVerdict(target, m, options.asOf);
    if (evidence) return evidence;
    const base = m.baseline;
    if (!base || m.value === null || m.valuePeriod === null || m.targetValue === null || base.value <= 0 || m.value <= 0)
      return { status: "insufficientData", colour: "grey", reason: { nb: "Trenger positive verdier og et utgangsnivå.", en: "Needs positive values and a baseline." } };
    const t0 = periodMidpoint(parsePeriod(base.period));
    const t1 = periodMidpoint(parsePeriod(m.valuePeriod));
    const years = t1 - t0;
    // Long-run targets are judged against the end of the plan period (the horizon option).
    const deadlineYear = target.deadline.kind === "year" ? target.deadline.year : options.longRunHorizon;
    const toDeadline = deadlineYear + 1 - t0;
    if (years <= 0 || toDeadline <= 0)
      return { status: "insufficientData", colour: "grey", reason: { nb: "For kort tidsrom.", en: "Too short a time span." } };
    const observed = Math.pow(m.value / base.value, 1 / years) - 1;
    const required = Math.pow(m.targetValue / base.value, 1 / toDeadline) - 1;
    const ratio = required === 0 ? 0 : observed / required;
    const r = ratio.toFixed(2);
    if (ratio >= 0.95) return { status: "onTrack", colour: "green", reason: { nb: `Framdriftsrate ${r} ≥ 0,95.`, en: `Progress ratio ${r} ≥ 0.95.` } };
    if (ratio >= 0.6) return { status: "atRisk", colour: "yellow", reason: { nb: `Framdriftsrate ${r} (moderat).`, en: `Progress ratio ${r} (moderate).` } };
    return { status: "offTrack", colour: "red", reason: { nb: `Framdriftsrate ${r} (begrenset eller negativ).`, en: `Progress ratio ${r} (limited or negative).` } };
  },
};

/** A calculator: how many days over the service's limit each national mean wait is. */
const daysOverLimit = {
  id: "days-over-limit" as const,
  description: "Days by which each service's national mean wait exceeds its limit.",
  calculate: (input: { readonly observations: readonly Observation[]; readonly limits: Readonly<Record<string, number>> }) =>
    input.observations
      .filter((o) => o.orgUnit === "NO" && o.value !== null && o.dimensions["service"] !== undefined)
      .map((o) => {
        const service = o.dimensions["service"]!;
        const limit = input.limits[service];
        return { service, period: o.period, over: limit === undefined || o.value === null ? null : Math.max(0, o.value - limit) };
      }),
};

export const acmePlugin = definePlugin({
  name: "acme:progress",
  statusRules: [openSdgRule],
  calculators: [daysOverLimit],
});

/** Runs the example and returns what it prints. */
export function main(): string {
  const toolkit = createToolkit({ plugins: [builtinPlugins, acmePlugin] });
  const p = plan();
  const target = targetById("R5.phbu");
  // SYNTHETIC: a made-up 2024 annual value after the bundled 53 days of 2022 (where the series
  // breaks), so the series has a point after its baseline to judge.
  const synthetic: Observation = {
    indicatorId: target.indicatorId,
    period: "2024",
    orgUnit: "NO",
    dimensions: { service: "PHBU" },
    value: 44,
    flags: ["synthetic"],
    note: "SYNTHETIC value for the example",
  };
  const data = [synthetic, ...observations()];
  const lines: string[] = [
    `toolkit: ${toolkit.plugins.join(", ")}; rules: ${toolkit.ruleIds.join(", ")}`,
    "data: the bundled observations plus one SYNTHETIC value (44 days, 2024) after the 2022 break —",
    "      so R5.phbu rates onTrack here, where the bundled data alone (the 2022 figure only) give insufficientData",
  ];
  for (const rule of ["default", "open-sdg"] as const) {
    const a = assess(target, data, { asOf: "2026-01", plan: p, toolkit, rule });
    lines.push(`${rule.padEnd(9)} ${a.status.padEnd(9)} ${a.explanation.en} (with the synthetic 2023 value)`);
  }
  const stricter = assess(target, data, { asOf: "2026-01", plan: p, rule: createDefaultRule({ onTrackAt: 4, atRiskAt: 2 }) });
  lines.push(`default (on track from a pace ratio of 4, at risk from 2): ${stricter.status}`);
  const over = toolkit.calculator("days-over-limit").calculate({ observations: observations(), limits: { PHBU: 35, PHV: 40, TSB: 30 } });
  lines.push(`days over limit: ${over.map((o) => `${o.service} ${o.period} +${o.over === null ? "?" : Math.round(o.over * 10) / 10}`).join(", ")}`);
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(main());

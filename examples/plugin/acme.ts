import { evidenceVerdict } from "@opptrapping/indicators";
import { definePlugin, type StatusRule } from "@opptrapping/sdk";

// Met or not, nothing in between — after the evidence rules every rule keeps (no verdict
// without data, achievement on final figures only).
const strict: StatusRule = {
  id: "strict",
  title: { nb: "Streng", en: "Strict" },
  decide: ({ target, measurement, options }) =>
    evidenceVerdict(target, measurement, options.asOf) ?? { status: "offTrack", colour: "red", reason: { nb: "Ikke nådd.", en: "Not met." } },
};

/** Days above a limit, per value: a calculator takes any input you define. */
const daysOver = {
  id: "days-over",
  calculate: ({ days, limit }: { readonly days: readonly number[]; readonly limit: number }) =>
    days.map((d) => Math.max(0, d - limit)),
} as const;

export const acme = definePlugin({ name: "acme:strict", statusRules: [strict], calculators: [daysOver] });

import { definePlugin, type StatusRule } from "@opptrapping/sdk";

const strict: StatusRule = {
  id: "strict",
  title: { nb: "Streng", en: "Strict" },
  decide: ({ measurement }) =>
    measurement.insufficient
      ? { status: "insufficientData", colour: "grey", reason: measurement.insufficient.explanation }
      : measurement.met
        ? { status: "achieved", colour: "green", reason: { nb: "Nådd.", en: "Met." } }
        : { status: "offTrack", colour: "red", reason: { nb: "Ikke nådd.", en: "Not met." } },
};

/** Days above a limit, per value: a calculator takes any input you define. */
const daysOver = {
  id: "days-over",
  calculate: ({ days, limit }: { readonly days: readonly number[]; readonly limit: number }) =>
    days.map((d) => Math.max(0, d - limit)),
} as const;

export const acme = definePlugin({ name: "acme:strict", statusRules: [strict], calculators: [daysOver] });

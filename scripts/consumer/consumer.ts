// A consumer of the packed packages, compiled by scripts/consumers.mjs as an ES module and as
// CommonJS under every supported moduleResolution and TypeScript version (skipLibCheck off),
// then run. It only uses what the READMEs promise: money, an assessment, a plugin.
import { fromCsv } from "@opptrapping/adapters/csv";
import { Decimal, formatMoney, money, nok } from "@opptrapping/core";
import { assess, builtinPlugins, type Assessment } from "@opptrapping/indicators";
import { observations, plan, target } from "@opptrapping/psykisk-helse";
import { createToolkit, definePlugin } from "@opptrapping/sdk";

// Money: exact decimals, typed as decimal.js values (never `any`).
const total: Decimal = nok.sum([money("1200000000"), "0.1", "0.2"]);
const wanted = new Decimal("1200000000.3");
if (!total.equals(wanted)) throw new Error(`money: ${total.toString()} is not ${wanted.toString()}`);
// A plugin: a status rule with a literal id, composed with the built-ins.
const strict = definePlugin({
  name: "consumer:strict",
  statusRules: [
    {
      id: "strict",
      title: { nb: "Streng", en: "Strict" },
      decide: ({ measurement }) =>
        measurement.met
          ? { status: "achieved", colour: "green", reason: { nb: "Nådd.", en: "Met." } }
          : { status: "offTrack", colour: "red", reason: { nb: "Ikke nådd.", en: "Not met." } },
    },
  ],
});
const toolkit = createToolkit({ plugins: [builtinPlugins, strict] });

// An assessment of a typed target (a misspelt id would not compile): TSB waits, 31.9 → 33.0 days against < 30.
const tsb = target("R5.tsb");
const byDefault: Assessment = assess(tsb, observations(), { asOf: "2026-01", plan: plan() });
const byStrict: Assessment = assess(tsb, observations(), { asOf: "2026-01", plan: plan(), toolkit, rule: "strict" });
// A subpath export (the CSV reader), read and assessed like the bundled data.
const csv = "Region;Periode;Ventetid\nHelse Vest;2025T3;33,5\n";
const read = fromCsv(csv, {
  indicator: { fixed: "R5.wait" },
  period: { from: "Periode" },
  orgUnit: { from: "Region" },
  dimensions: { service: { fixed: "PHBU" } },
  columns: { value: "Ventetid" },
});
if (read.observations[0]?.value !== 33.5) throw new Error(`fromCsv: ${JSON.stringify(read.observations)}`);

const lines = [
  `money ${formatMoney(total, { locale: "en", style: "full" })}`,
  `csv: ${read.observations.length} observation (synthetic), ${read.observations[0]?.orgUnit} ${read.observations[0]?.value} days`,
  `${tsb.id} ${tsb.comparator} ${tsb.value}: default ${byDefault.status} (value ${byDefault.value}), strict ${byStrict.status}`,
];
if (byDefault.status !== "offTrack" || byStrict.status !== "offTrack") throw new Error(`unexpected statuses: ${lines[2]}`);
console.log(lines.join("\n"));

/** Misuses that must not compile; never called (they would throw at runtime). */
export function misuses(): void {
  // @ts-expect-error: a Decimal is not a number. Were Decimal's type lost (`any`), this would compile and tsc would fail on the unused directive.
  const asNumber: number = money("1");
  // @ts-expect-error: arithmetic on money goes through its methods (`plus`), not `+` on an object.
  const sum = money("1") + 1;
  // @ts-expect-error: decimal.js takes a string, number or Decimal, not a boolean.
  money("1").plus(true);
  // @ts-expect-error: "strcit" is not the id of a rule in the toolkit.
  assess(tsb, observations(), { asOf: "2026-01", plan: plan(), toolkit, rule: "strcit" });
  // @ts-expect-error: "R5.phub" is not a target of the bundled plan.
  target("R5.phub");
  console.log(asNumber, sum);
}

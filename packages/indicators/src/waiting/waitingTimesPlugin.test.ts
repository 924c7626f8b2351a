import { createToolkit } from "@opptrapping/sdk";
import { assertPluginConformance } from "@opptrapping/sdk/testing";
import { describe, expect, it } from "vitest";
import { builtinPlugins } from "../toolkit.js";
import { waitingTimesCalculator, waitingTimesPlugin, type WaitingTimesInput } from "./waitingTimesPlugin.js";

// SYNTHETIC samples for the conformance kit, including bad records, still-waiting ones and an empty input.
const samples: WaitingTimesInput[] = [
  { records: [], options: { groupBy: ["service"], period: "tertial" } },
  {
    records: [
      { service: "PHBU", rhf: "rhf-vest", age: 12, received: "2025-01-06", started: "2025-02-10" },
      { service: "PHBU", rhf: "rhf-vest", age: 15, received: "2025-01-20", started: null },
      { service: "PHV", rhf: "rhf-nord", age: 40, received: 20_000, started: 20_041 },
      { service: "TSB", rhf: "rhf-nord", age: 33, received: "2025-03-01", started: "2025-02-01" },
      { service: "XYZ", rhf: "rhf-nord", received: "2025-03-01", started: "2025-03-02" },
      { service: "PHV", received: "not a date", started: null },
    ],
    options: { groupBy: ["service", "rhf"], period: "month" },
  },
  {
    records: [
      { service: "PHV", age: 70, received: "2024-12-01", started: "2025-06-01" },
      { service: "PHV", age: 20, received: "2025-05-01", started: "2025-05-02" },
    ],
    options: { groupBy: ["ageBand"], period: "year", limits: { PHV: 1 } },
  },
];

describe("waitingTimesPlugin", () => {
  it("passes the SDK conformance kit", () => {
    const report = assertPluginConformance(waitingTimesPlugin, { calculatorSamples: { waitingTimes: samples } });
    expect(report.checks.map((c) => c.name)).toEqual([
      "plugin is frozen by definePlugin",
      "calculator waitingTimes never returns NaN or Infinity",
      "calculator waitingTimes is deterministic and does not mutate its input",
    ]);
  });

  it("composes with the built-in plugins into a toolkit that knows the calculator", () => {
    const toolkit = createToolkit({ plugins: [builtinPlugins, waitingTimesPlugin] });
    const calc = toolkit.calculator("waitingTimes");
    expect(calc.id).toBe("waitingTimes");
    expect(calc.calculate(samples[1]!)).toEqual(waitingTimesCalculator.calculate(samples[1]!));
    expect(calc.calculate(samples[1]!).records).toEqual({ total: 6, completed: 2, waiting: 1, rejected: 3 });
  });
});

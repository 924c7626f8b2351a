import { it } from "vitest";
import { assertPluginConformance } from "@opptrapping/sdk/testing";
import { acme } from "./acme.js";

it("keeps the opptrapping plugin contract", () => {
  assertPluginConformance(acme, { calculatorSamples: { "days-over": [{ days: [30, 41.5], limit: 35 }] } });
});

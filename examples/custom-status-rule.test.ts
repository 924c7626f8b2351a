import { assertPluginConformance } from "@opptrapping/sdk/testing";
import { describe, expect, it } from "vitest";
import { acmePlugin, main } from "./custom-status-rule.js";

describe("examples/custom-status-rule", () => {
  it("composes an outside plugin with the built-ins and rates R5.phbu with both rules", () => {
    const out = main();
    expect(out).toContain("toolkit: opptrapping:assessors, opptrapping:default-status, acme:progress");
    // 53 days (2022, the break) → SYNTHETIC 44 (2024): 9/18 = 0.5 of the way where the path to the
    // end of 2033 asks 2/11.5 ≈ 0.174 → pace ratio ≈ 2.9 ≥ 0.95 → on track.
    expect(out).toMatch(/^default\s+onTrack/m);
    // Open SDG: observed growth (44/53)^(1/2) − 1 ≈ −8.9 %/yr against required
    // (35/53)^(1/11.5) − 1 ≈ −3.5 %/yr → ratio ≈ 2.5 ≥ 0.95 → on track.
    expect(out).toMatch(/^open-sdg\s+onTrack .*Progress ratio 2\.5\d/m);
    // A pace ratio of 2.9 is below 4 but above 2: at risk.
    expect(out).toContain("default (on track from a pace ratio of 4, at risk from 2): atRisk");
    expect(out).toContain("days over limit: PHBU 2025-06/2025-12 +2.5");
  });

  it("keeps the plugin contract", () => {
    assertPluginConformance(acmePlugin, {
      calculatorSamples: { "days-over-limit": [{ observations: [], limits: { PHBU: 35 } }] },
    });
  });
});

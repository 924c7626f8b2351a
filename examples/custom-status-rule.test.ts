import { assertPluginConformance } from "@opptrapping/sdk/testing";
import { describe, expect, it } from "vitest";
import { acmePlugin, main } from "./custom-status-rule.js";

describe("examples/custom-status-rule", () => {
  it("composes an outside plugin with the built-ins and rates R5.phbu with both rules", () => {
    const out = main();
    expect(out).toContain("toolkit: opptrapping:assessors, opptrapping:default-status, acme:progress");
    // SYNTHETIC 44 days (2023) → 37.5 (2025): the line reaches < 35 well before 2033 → on track.
    expect(out).toMatch(/^default\s+onTrack .*\(with the synthetic 2023 value\)$/m);
    expect(out).toContain("data: the bundled observations plus one SYNTHETIC value (44 days, 2023)");
    // Open SDG: observed growth (37.5/44)^(1/2) − 1 ≈ −7.7 %/yr against required
    // (35/44)^(1/10.2) − 1 ≈ −2.2 %/yr (to the end of 2033) → ratio ≈ 3.5 ≥ 0.95 → on track.
    expect(out).toMatch(/^open-sdg\s+onTrack .*Progress ratio 3\.\d\d/m);
    expect(out).toContain("days over limit: PHBU 2025-06/2025-12 +2.5");
  });

  it("keeps the plugin contract", () => {
    assertPluginConformance(acmePlugin, {
      calculatorSamples: { "days-over-limit": [{ observations: [], limits: { PHBU: 35 } }] },
    });
  });
});

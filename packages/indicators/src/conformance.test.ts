import { createToolkit, definePlugin } from "@opptrapping/sdk";
import { assertPluginConformance } from "@opptrapping/sdk/testing";
import { describe, expect, it } from "vitest";
import { assessorsPlugin } from "./assessors/index.js";
import { createBandRule, defaultStatusPlugin } from "./rules/index.js";
import { builtinPlugins, builtinToolkit } from "./toolkit.js";

// Synthetic bands on the conformance kit's own indicator X.ind; not official thresholds.
const bandsPlugin = definePlugin({
  name: "test:bands",
  statusRules: [
    createBandRule({
      bands: {
        "X.ind": [
          { from: null, to: 35, status: "achieved", colour: "green" },
          { from: 35, to: 45, status: "atRisk", colour: "yellow" },
          { from: 45, to: null, status: "offTrack", colour: "red" },
        ],
      },
    }),
  ],
});

describe("the SDK conformance kit", () => {
  it("passes on the built-in assessors (all eight kinds)", () => {
    const report = assertPluginConformance(assessorsPlugin, { runs: 200 });
    expect(report.checks.length).toBe(1 + 8 * 5);
  });

  it("passes on the default status rule", () => {
    expect(assertPluginConformance(defaultStatusPlugin, { runs: 200 }).passed).toBe(true);
  });

  it("passes on a plugin wrapping a band rule", () => {
    expect(assertPluginConformance(bandsPlugin, { runs: 200 }).passed).toBe(true);
  });

  it("passes with other seeds too", () => {
    for (const seed of [2, 3, 42]) {
      for (const plugin of [assessorsPlugin, defaultStatusPlugin, bandsPlugin]) expect(assertPluginConformance(plugin, { seed }).passed).toBe(true);
    }
  });
});

describe("the built-in toolkit", () => {
  it("holds every assessor kind and the default rule, made once", () => {
    expect(builtinToolkit().assessorKinds).toHaveLength(8);
    expect(builtinToolkit().ruleIds).toEqual(["default", "openSdg"]);
    expect(builtinToolkit()).toBe(builtinToolkit());
    expect(builtinToolkit().plugins).toEqual(builtinPlugins.map((p) => p.name));
  });

  it("composes with a band rule plugin without conflicts", () => {
    expect(createToolkit({ plugins: [builtinPlugins, bandsPlugin] }).ruleIds).toEqual(["default", "openSdg", "bands"]);
  });
});

import { createToolkit } from "@opptrapping/sdk";
import { assertPluginConformance } from "@opptrapping/sdk/testing";
import { describe, expect, it } from "vitest";
import { createPxAdapter } from "./createPxAdapter.js";
import { sparseKeysMapping, sparseKeysText } from "./fixtures/sparseKeys.js";
import { ssbLatin1Bytes, ssbLatin1Mapping } from "./fixtures/ssbLatin1.js";
import { ssbUtf8Bytes, ssbUtf8Mapping } from "./fixtures/ssbUtf8.js";
import { fromPx } from "./fromPx.js";
import { pxPlugin } from "./pxPlugin.js";

const samples = [
  { input: ssbLatin1Bytes, mapping: ssbLatin1Mapping },
  { input: ssbUtf8Bytes, mapping: ssbUtf8Mapping },
  { input: sparseKeysText, mapping: sparseKeysMapping },
  // A source and flags from the mapping must survive the round trip too.
  { input: ssbUtf8Bytes, mapping: { ...ssbUtf8Mapping, flags: ["provisional" as const], source: { doc: "ssb-54321", section: "tabell 1" } } },
];

describe("the PX plugin", () => {
  it("passes the SDK conformance kit", () => {
    const report = assertPluginConformance(pxPlugin, { adapterSamples: { px: samples } });
    expect(report.checks.map((c) => c.name)).toEqual([
      "plugin is frozen by definePlugin",
      "adapter px reads its samples into valid observations",
      "adapter px is deterministic",
      "adapter px reports bad input with a typed error, never a crash",
      "adapter px reads back what it writes",
    ]);
  });

  it("is named opptrapping:px and offers the px format for .px files", () => {
    expect(pxPlugin.name).toBe("opptrapping:px");
    const adapter = createToolkit({ plugins: [pxPlugin] }).adapter("px");
    expect(adapter.extensions).toEqual([".px"]);
  });

  it("reads like fromPx, lenient when asked", () => {
    const adapter = createPxAdapter();
    expect(adapter.read(ssbLatin1Bytes, { mapping: ssbLatin1Mapping })).toEqual(fromPx(ssbLatin1Bytes, ssbLatin1Mapping));
    const broken = "HEADING=\"år\";\nVALUES(\"år\")=\"2023\",\"2024\";\nDATA=\n1 x;";
    expect(adapter.read(broken, { mapping: { indicator: { fixed: "X" }, period: { from: "år" } }, mode: "lenient" }).issues).toHaveLength(1);
  });

  it("writes what its native mapping reads back", () => {
    const adapter = createPxAdapter();
    const { observations } = adapter.read(ssbUtf8Bytes, { mapping: ssbUtf8Mapping });
    expect(adapter.read(adapter.write!(observations), { mapping: adapter.nativeMapping! }).observations).toEqual(observations);
  });
});

import type { Observation } from "@opptrapping/core";
import { describe, expect, it } from "vitest";
import { compareObservations } from "../json-stat/index.js";
import { fromPx } from "./fromPx.js";
import { pxNativeMapping } from "./pxNativeMapping.js";
import { toPx } from "./toPx.js";

// Two datasets side by side: 3 waiting times by service, and 2 counts by sex — 5 observations
// in a cube of 2 indicators × 1 period × 1 org unit × 4 services ("" too) × 3 sexes ("" too) = 24 combinations.
const observations: Observation[] = [
  ...["PHBU", "PHV", "TSB"].map((service, i): Observation => ({ indicatorId: "R5.wait", period: "2024", orgUnit: "NO", dimensions: { service }, value: 40 + i, flags: [] })),
  ...["female", "male"].map((sex, i): Observation => ({ indicatorId: "R9.count", period: "2024", orgUnit: "NO", dimensions: { sex }, value: 100 + i, flags: [] })),
];

describe("toPx on sparse observations", () => {
  it("writes only the combinations that hold an observation, as KEYS rows, and says so", () => {
    const px = toPx(observations);
    expect(px).toContain('NOTE="Sparse: 5 of 24 combinations hold an observation;');
    expect(px).toContain('KEYS("indicator")=CODES;');
    const data = px.slice(px.indexOf("DATA=") + 6).trim().split("\n");
    expect(data).toHaveLength(5);
    expect(data[0]).toBe('"R5.wait","2024","NO","PHBU","" 40 ".." ".." ".."');
  });

  it("reads back the same observations, none for the combinations left out", () => {
    const back = fromPx(toPx(observations), pxNativeMapping).observations;
    expect([...back].sort(compareObservations)).toEqual([...observations].sort(compareObservations));
  });

  it("writes the full cube when told to, with no-observation cells", () => {
    const px = toPx(observations, { keys: "never" });
    expect(px).not.toContain("KEYS(");
    expect(px.slice(px.indexOf("DATA=") + 6).trim().split("\n")).toHaveLength(24);
    expect([...fromPx(px, pxNativeMapping).observations].sort(compareObservations)).toEqual([...observations].sort(compareObservations));
  });
});

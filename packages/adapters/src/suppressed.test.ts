import type { Observation } from "@opptrapping/core";
import { describe, expect, it } from "vitest";
import { csvNativeMapping, fromCsv, toCsv } from "./csv/index.js";
import { fromJsonStat, jsonStatNativeMapping, toJsonStat } from "./json-stat/index.js";
import { fromPx, pxNativeMapping, toPx } from "./px/index.js";

// Suppressed values (SSB's ":", not shown for confidentiality) as every writer puts them, and back.
const observations: Observation[] = [
  { indicatorId: "R5.wait", period: "2024T1", orgUnit: "0301", dimensions: {}, value: 41.5, flags: [] },
  { indicatorId: "R5.wait", period: "2024T2", orgUnit: "0301", dimensions: {}, value: null, flags: ["suppressed"] },
  { indicatorId: "R5.wait", period: "2024T3", orgUnit: "0301", dimensions: {}, value: null, flags: ["missing"] },
];

describe("suppressed observations in every format", () => {
  it("JSON-stat: status ':' at the cell, and back", () => {
    const ds = toJsonStat(observations);
    expect(Object.values(ds.status ?? {})).toEqual([":", ".."]);
    expect(fromJsonStat(ds, jsonStatNativeMapping).observations).toEqual(observations);
  });

  it("PX: four dots presented as ':' by DATASYMBOL4, and back", () => {
    const px = toPx(observations);
    expect(px).toContain('DATASYMBOL4=":";');
    expect(px).toMatch(/^"\.\.\.\." /m);
    expect(fromPx(px, pxNativeMapping).observations).toEqual(observations);
  });

  it("CSV: ':' in the value cell (the flag too), and back — also through a plain mapping that knows nothing of flags", () => {
    const csv = toCsv(observations);
    expect(csv.split("\r\n")[2]).toBe("R5.wait,2024T2,0301,:,,,,suppressed,,,,");
    expect(fromCsv(csv, csvNativeMapping).observations).toEqual(observations);
    const plain = fromCsv(csv, { indicator: { from: "indicatorId" }, period: { from: "period" }, orgUnit: { from: "orgUnit" }, columns: { value: "value" } });
    expect(plain.observations[1]).toMatchObject({ value: null, flags: ["suppressed"] });
  });
});

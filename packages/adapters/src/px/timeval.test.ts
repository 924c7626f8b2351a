import { describe, expect, it } from "vitest";
import { expandTimeRange, timevalLabel } from "./timeval.js";
import { timevalFor } from "./timevalFor.js";

describe("TIMEVAL timestamps", () => {
  it("turn into the value texts PC-Axis shows, from the format's and from SSB's forms", () => {
    expect(timevalLabel("A1", "2024")).toBe("2024");
    expect(timevalLabel("H1", "20242")).toBe("2024H2");
    expect(timevalLabel("T1", "2024T3")).toBe("2024T3");
    expect(timevalLabel("Q1", "2024K1")).toBe("2024Q1");
    expect(timevalLabel("M1", "202406")).toBe("2024M06");
    expect(timevalLabel("M1", "2024M06")).toBe("2024M06");
    expect(timevalLabel("W1", "202453")).toEqual({ error: '"202453" is not a W1 timestamp' });
    expect(timevalLabel("W1", "202053")).toBe("2020W53");
    expect(timevalLabel("D1", "20240229")).toBe("2024-02-29");
    expect(timevalLabel("D1", "20230229")).toEqual({ error: '"20230229" is not a D1 timestamp' });
    expect(timevalLabel("M1", "202413")).toEqual({ error: '"202413" is not a M1 timestamp' });
  });
});

describe("TIMEVAL ranges", () => {
  it("run across year ends", () => {
    expect(expandTimeRange("M1", "2023M11", "2024M02")).toEqual(["2023M11", "2023M12", "2024M01", "2024M02"]);
    expect(expandTimeRange("T1", "20233", "20241")).toEqual(["2023T3", "2024T1"]);
    expect(expandTimeRange("H1", "2023H2", "2024H2")).toEqual(["2023H2", "2024H1", "2024H2"]);
    expect(expandTimeRange("A1", "2024", "2024")).toEqual(["2024"]);
  });

  it("know ISO weeks and leap days", () => {
    expect(expandTimeRange("W1", "202052", "202101")).toEqual(["2020W52", "2020W53", "2021W01"]);
    expect(expandTimeRange("W1", "202152", "202201")).toEqual(["2021W52", "2022W01"]);
    expect(expandTimeRange("D1", "20240228", "20240301")).toEqual(["2024-02-28", "2024-02-29", "2024-03-01"]);
  });

  it("refuse a backwards or endless range", () => {
    expect(expandTimeRange("A1", "2024", "2023")).toEqual({ error: 'the range "2024"-"2023" runs backwards' });
    expect(expandTimeRange("D1", "00010101", "99991231")).toEqual({ error: 'the range "00010101"-"99991231" has more than 100000 periods' });
    expect(expandTimeRange("Q1", "2024Q5", "2025Q1")).toEqual({ error: '"2024Q5" is not a Q1 timestamp' });
  });
});

describe("timevalFor", () => {
  it("gives the TIMEVAL of consecutive periods of one scale, in the format's timestamps", () => {
    expect(timevalFor(["2024-05", "2024-06"])).toEqual({ unit: "M1", stamps: ["202405", "202406"] });
    expect(timevalFor(["2023H2", "2024H1"])).toEqual({ unit: "H1", stamps: ["20232", "20241"] });
    expect(timevalFor(["2024T3"])).toEqual({ unit: "T1", stamps: ["20243"] });
  });

  it("gives none for gaps, mixed scales, other orders or other periods", () => {
    expect(timevalFor(["2024-05", "2024-07"])).toBeUndefined();
    expect(timevalFor(["2024-06", "2024-05"])).toBeUndefined();
    expect(timevalFor(["2024", "2024-05"])).toBeUndefined();
    expect(timevalFor(["2024/25"])).toBeUndefined();
  });
});

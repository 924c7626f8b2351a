import { describe, expect, it } from "vitest";
import { AdapterError } from "../AdapterError.js";
import { goodMapping, goodText } from "./fixtures/badInputs.js";
import { sparseKeysMapping, sparseKeysText } from "./fixtures/sparseKeys.js";
import { ssbLatin1Bytes, ssbLatin1Mapping } from "./fixtures/ssbLatin1.js";
import { ssbUtf8Bytes, ssbUtf8Mapping } from "./fixtures/ssbUtf8.js";
import { fromPx } from "./fromPx.js";

const obs = (orgUnit: string, period: string, value: number | null, extra: Record<string, unknown> = {}) => ({
  indicatorId: "R5.wait",
  period,
  orgUnit,
  dimensions: {},
  value,
  ...extra,
  flags: value === null ? ["missing"] : [],
});

describe("fromPx on an SSB-shaped Latin-1 file", () => {
  it("pivots the contents variable into value and count, in PX order, by SSB's variable codes", () => {
    expect(fromPx(ssbLatin1Bytes, ssbLatin1Mapping)).toEqual({
      observations: [
        obs("NO", "2023", 41.2, { count: 15234 }),
        obs("NO", "2024", 43.5, { count: 15890 }),
        obs("0301", "2023", 38, { count: 2210 }),
        obs("0301", "2024", null, { count: 2301 }),
        // "-" is an exact zero; the count ":" (confidential) is left out, not guessed.
        obs("5501", "2023", 0),
        obs("5501", "2024", 44.1, { count: 512 }),
      ],
      issues: [],
    });
  });

  it("reads the same mapping by variable names and measure texts", () => {
    const byName = fromPx(ssbLatin1Bytes, {
      indicator: { fixed: "R5.wait" },
      period: { from: "år" },
      orgUnit: { from: "region" },
      measure: { dimension: "statistikkvariabel", value: "Gjennomsnittlig ventetid (dager)", count: "Avviklede pasienter" },
    });
    expect(byName).toEqual(fromPx(ssbLatin1Bytes, ssbLatin1Mapping));
  });

  it("gives one observation per cell without a measure, a confidential cell flagged suppressed", () => {
    const { observations } = fromPx(ssbLatin1Bytes, { indicator: { from: "statistikkvariabel" }, period: { from: "år" }, orgUnit: { from: "region" } });
    expect(observations).toHaveLength(12);
    expect(observations.map((o) => o.indicatorId).slice(0, 4)).toEqual(["Ventetid", "Ventetid", "Pasienter", "Pasienter"]);
    expect(observations[10]).toEqual({ indicatorId: "Pasienter", period: "2023", orgUnit: "5501", dimensions: {}, value: null, flags: ["suppressed"] });
  });

  it("keeps only the rows a filter lets through", () => {
    const { observations } = fromPx(ssbLatin1Bytes, { ...ssbLatin1Mapping, filter: { Region: ["0301"] } });
    expect(observations.map((o) => [o.orgUnit, o.period])).toEqual([["0301", "2023"], ["0301", "2024"]]);
  });
});

describe("fromPx on a UTF-8 monthly file", () => {
  it("maps RHF names, monthly codes and a recoded disaggregation; dots are missing", () => {
    const row = (orgUnit: string, sex: string, period: string, value: number | null) => ({
      indicatorId: "A2.patients",
      period,
      orgUnit,
      dimensions: { sex },
      value,
      flags: value === null ? ["missing"] : [],
    });
    expect(fromPx(ssbUtf8Bytes, ssbUtf8Mapping).observations).toEqual([
      row("rhf-sor-ost", "male", "2024-05", 1520.5),
      row("rhf-sor-ost", "male", "2024-06", 1498),
      row("rhf-sor-ost", "female", "2024-05", null),
      row("rhf-sor-ost", "female", "2024-06", 1602.3),
      row("rhf-nord", "male", "2024-05", null),
      row("rhf-nord", "male", "2024-06", 310),
      row("rhf-nord", "female", "2024-05", 295.5),
      row("rhf-nord", "female", "2024-06", 301.5),
    ]);
  });
});

describe("fromPx on a sparse (KEYS) file", () => {
  it("reads the rows left out as zeros", () => {
    const { observations } = fromPx(sparseKeysText, sparseKeysMapping);
    expect(observations).toHaveLength(12);
    expect(observations.map((o) => o.value)).toEqual([120, 135, 140, null, 0, 0, 0, 0, 0, 0, 7, 0]);
    expect(observations[3]).toEqual({ indicatorId: "A3.referrals", period: "2024", orgUnit: "0301", dimensions: { sex: "female" }, value: null, flags: ["missing"] });
  });
});

describe("fromPx symbols", () => {
  const file = (data: string, extra = "") => `HEADING="år";\nVALUES("år")="2021","2022","2023","2024";\n${extra}DATA=\n${data};`;
  const mapping = { indicator: { fixed: "X" }, period: { from: "år" } };

  it("reads the dots as presented by DATASYMBOL1–6", () => {
    const { observations } = fromPx(file('"...." ".." "." 1', 'DATASYMBOL4=":";\nDATASYMBOL1="*";\n'), mapping);
    expect(observations.map((o) => o.flags)).toEqual([["suppressed"], ["missing"], ["missing", "provisional"], []]);
  });

  it("takes - as zero", () => {
    expect(fromPx(file('"-" - 0 1'), mapping).observations.map((o) => [o.value, o.flags])).toEqual([[0, []], [0, []], [0, []], [1, []]]);
  });
});

describe("fromPx modes", () => {
  const broken = `STUB="region";\nHEADING="år";\nVALUES("region")="0301","Atlantis";\nVALUES("år")="2023","2024";\nDATA=\n1 x\n3 4;\n`;

  it("throws the first bad cell in strict mode", () => {
    expect(() => fromPx(broken, goodMapping)).toThrowError(AdapterError);
    expect(() => fromPx(broken, goodMapping)).toThrow('x is neither a number nor a missing-value symbol (".", "..", "...", "....", ".....", "......", "-") (line 6, column 3, cell 1 (region=0301, år=2024))');
  });

  it("reports each bad cell and unmappable row in lenient mode and reads the rest", () => {
    const { observations, issues } = fromPx(broken, goodMapping, { mode: "lenient" });
    expect(observations).toEqual([{ indicatorId: "A3.referrals", period: "2023", orgUnit: "0301", dimensions: {}, value: 1, flags: [] }]);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["invalid_data_token", ["line", 6, "column", 3, "cell", 1]],
      ["invalid_org_unit", ["cell", 2]],
      ["invalid_org_unit", ["cell", 3]],
    ]);
  });

  it("is strict by default", () => {
    expect(() => fromPx(broken, goodMapping, {})).toThrow(AdapterError);
  });

  it("reads a good file the same in both modes", () => {
    expect(fromPx(goodText, goodMapping, { mode: "lenient" })).toEqual(fromPx(goodText, goodMapping));
  });
});

describe("fromPx codes", () => {
  it("uses VALUES as codes when a variable has no CODES", () => {
    const { observations } = fromPx(`STUB="region";\nVALUES("region")="Oslo kommune";\nDATA=\n5;`, { indicator: { fixed: "X" }, period: { fixed: "2024" }, orgUnit: { from: "region", map: { "Oslo kommune": "0301" } } });
    expect(observations[0]?.orgUnit).toBe("0301");
  });

  it("never pollutes prototypes with variables or values named __proto__ or constructor", () => {
    const text = `STUB="__proto__","constructor";\nVALUES("__proto__")="constructor";\nVALUES("constructor")="__proto__";\nVARIABLECODE("__proto__")="toString";\nDATA=\n7;`;
    const { observations } = fromPx(text, {
      indicator: { fixed: "X" },
      period: { fixed: "2024" },
      dimensions: { a: { from: "__proto__" }, b: { from: "constructor" }, c: { from: "toString" } },
    });
    expect(observations[0]?.dimensions).toEqual({ a: "constructor", b: "__proto__", c: "constructor" });
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
    expect(Object.prototype).not.toHaveProperty("__proto__", "constructor");
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it("puts disaggregations in id order whatever the mapping's order", () => {
    const { observations } = fromPx(ssbUtf8Bytes, { ...ssbUtf8Mapping, dimensions: { zone: { fixed: "z" }, sex: ssbUtf8Mapping.dimensions.sex } });
    expect(Object.keys(observations[0]!.dimensions)).toEqual(["sex", "zone"]);
  });
});

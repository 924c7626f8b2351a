import { describe, expect, it } from "vitest";
import { citeFor, formatDateFor, formatMoneyFor, formatPeriodFor, formatValueFor } from "./format.js";

describe("formatting for the report's language", () => {
  it.each([
    ["2025", "nb", "2025"],
    ["2025-04", "nb", "april 2025"],
    ["2025-04", "en", "April 2025"],
    ["2025-06/2025-12", "nb", "juni–desember 2025"],
    ["2025-06/2025-12", "en", "June–December 2025"],
    ["2025T2", "nb", "2. tertial 2025"],
    ["2025T2", "en", "second tertial 2025"],
    ["2025Q3", "nb", "3. kvartal 2025"],
    ["2025H1", "nn", "1. halvår 2025"],
    ["2024/25", "nb", "skoleåret 2024/25"],
    ["2019/2021", "en", "2019–2021"],
    ["2024-11/2025-02", "nb", "november 2024–februar 2025"],
    ["not a period", "nb", "not a period"],
  ] as const)("writes the period %s in %s as %s", (period, lang, expected) => {
    expect(formatPeriodFor(period, lang)).toBe(expected);
  });

  it("writes dates as 19.01.2026 in Norwegian and 19 January 2026 in English", () => {
    expect(formatDateFor("2026-01-19", "nb")).toBe("19.01.2026");
    expect(formatDateFor("2026-01-19", "nn")).toBe("19.01.2026");
    expect(formatDateFor("2026-01-19", "en")).toBe("19 January 2026");
    expect(formatDateFor("2026-01", "nb")).toBe("januar 2026");
  });

  it("writes values with the unit's words and a no-break space", () => {
    expect(formatValueFor(37.5, "days", "nb")).toBe("37,5\u00a0dager");
    expect(formatValueFor(37.5, "days", "nn")).toBe("37,5\u00a0dagar");
    expect(formatValueFor(1234.5, "places", "en")).toBe("1,234.5\u00a0places");
    expect(formatValueFor(87, "percent", "nb")).toBe("87\u00a0%");
    expect(formatValueFor(3, "count", "en")).toBe("3");
    expect(formatMoneyFor("1200000000", "nb")).toBe("1,2\u00a0mrd.\u00a0kr");
  });

  it("cites sources as a reader would: the letter's anchors become their paragraph, repeats go", () => {
    expect(citeFor([{ doc: "S0", section: "§2-waiting" }, { doc: "S0", section: "§2-places" }, { doc: "P" }], "innledningen")).toBe("[S0 §\u00a02; P]");
    expect(citeFor([{ doc: "S0", section: "§intro" }, { doc: "S1", section: "Innsatsområde 2" }], "the introduction")).toBe("[S0 the introduction; S1 Innsatsområde 2]");
    expect(citeFor([], "x")).toBe("");
  });
});

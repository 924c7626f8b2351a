import { parsePlan } from "@opptrapping/core";
import { evaluatePlan } from "@opptrapping/indicators";
import { observations, planData } from "@opptrapping/psykisk-helse";
import { describe, expect, it } from "vitest";
import { report, SYNTHETIC_PHBU } from "./fixtures.test-fixture.js";
import { buildReport } from "./model.js";
import { renderBudgetChart, renderSvgChart } from "./svg.js";

const charts = (lang: "nb" | "en" = "nb") => report(lang).areas.flatMap((a) => a.goals.flatMap((g) => g.targets.map((t) => t.chart)));

describe("renderSvgChart", () => {
  it("gives every chart a title, a description and a unit label, and never NaN", () => {
    for (const chart of charts()) {
      const svg = renderSvgChart(chart);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" role="img" aria-labelledby="t-[\w-]+ d-[\w-]+"/);
      expect(svg).toContain(`<title id="t-`);
      expect(svg).toContain(`<desc id="d-`);
      expect(svg).toMatch(new RegExp(`data-role="unit"[^>]*>${chart.unitLabel}<`));
      expect(svg).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  it("places the target line where the scale puts 35 days: between 30 and 47.5 on a 170-high plot starting at 30", () => {
    const phbu = charts().find((c) => c.id === "R5.phbu")!;
    const { min, max } = phbu.values!;
    const svg = renderSvgChart(phbu);
    const y = Number(/data-role="target" x1="[\d.]+" x2="[\d.]+" y1="([\d.]+)"/.exec(svg)![1]);
    // top 30, plot 170 high: y = 30 + (1 − (35 − min)/(max − min)) × 170
    expect(y).toBeCloseTo(30 + (1 - (35 - min) / (max - min)) * 170, 1);
    // 2022 and 2023 final, 2024 provisional; June–December 2025 drawn apart, not on the line.
    expect(svg.match(/data-role="point"/g)).toHaveLength(2);
    expect(svg.match(/data-role="provisional"/g)).toHaveLength(1);
    expect(svg.match(/data-role="not-comparable"/g)).toHaveLength(1);
    expect(svg).toContain("<title>juni–desember 2025: 37,5\u00a0dager</title>");
    expect(svg).toContain('data-role="series-break"');
    expect(svg).toContain('data-role="legend-notComparable"');
    expect(svg).toContain('data-role="forecast"');
    expect(svg).toContain('data-role="legend-provisional"');
    expect(svg).toContain(">mål 35\u00a0dager<");
  });

  it("draws a short strip saying there are no values, with no value ticks, when there is nothing to scale by", () => {
    const r1 = charts("en").find((c) => c.id === "R1.reduce25")!;
    const svg = renderSvgChart(r1);
    expect(svg).toContain('data-role="empty"');
    expect(svg).toContain(">No values yet<");
    expect(svg).not.toContain('data-role="target"');
    expect(svg).not.toMatch(/text-anchor="end"/); // no value-axis labels
  });

  it("draws and names an interim milestone", () => {
    // The bundled plan states no interim milestones; give PHBU one (36 days in 2028) to draw.
    const data = structuredClone(planData) as unknown as { resultGoals: { id: string; targets: { id: string; milestones?: unknown[] }[] }[] };
    data.resultGoals.find((g) => g.id === "R5")!.targets.find((t) => t.id === "R5.phbu")!.milestones = [{ period: "2028", value: 36 }];
    const plan = parsePlan(data);
    const r = buildReport(plan, evaluatePlan(plan, [...observations(), ...SYNTHETIC_PHBU], { asOf: "2026-01" }), { lang: "nb" });
    const chart = r.areas.flatMap((a) => a.goals.flatMap((g) => g.targets)).find((t) => t.id === "R5.phbu")!.chart;
    expect(chart.interim).toEqual([{ t: 2028.5, value: 36, label: "delmål 2028", valueText: "36\u00a0dager", state: "pending" }]);
    expect(chart.legend).toContainEqual({ item: "interim", label: "delmål 2028: 36\u00a0dager" });
    expect(chart.table.rows).toContainEqual(["Delmål 2028", "36\u00a0dager"]);
    const svg = renderSvgChart(chart);
    expect(svg).toContain('data-role="interim"');
    expect(svg).toContain("<title>delmål 2028: 36\u00a0dager</title>");
  });

  it("escapes text", () => {
    const chart = { ...charts()[0]!, title: '<script>"x"</script>', description: "a & b" };
    const svg = renderSvgChart(chart);
    expect(svg).toContain("&lt;script&gt;&quot;x&quot;&lt;/script&gt;");
    expect(svg).toContain("a &amp; b");
    expect(svg).not.toContain("<script>");
  });
});

describe("renderBudgetChart", () => {
  it("draws the eleven-year path, the stated sum with its 'om lag' range and the commitment in NOK billions", () => {
    const b = report("nb").budget!;
    expect(b.chart.path).toHaveLength(11); // 2023–2033
    expect(b.chart.path.at(-1)!.value).toBe(3);
    expect(b.chart.commitment.value).toBe(3);
    expect(b.chart.reported.map((r) => r.value)).toEqual([1.2]);
    const svg = renderBudgetChart(b.chart);
    expect(svg).toContain('data-role="path"');
    expect(svg).toContain('data-role="reported"');
    expect(svg).toContain('data-role="reported-range"');
    expect(svg).toMatch(/data-role="unit"[^>]*>mrd\. kr</);
    // 3 bn × 4/11 = 1.09 bn by the end of 2026 on 11 equal steps.
    expect(svg.replaceAll("\u00a0", " ")).toContain(
      '<desc id="d-budget">Kilden oppgir 1,2 mrd. kr (1,14–1,26 mrd. kr). Banen (11 like store steg 2023–2033) venter 1,09 mrd. kr ved utgangen av 2026; forpliktelsen er 3 mrd. kr.</desc>',
    );
  });
});

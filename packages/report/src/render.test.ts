import { evaluatePlan } from "@opptrapping/indicators";
import { observations } from "@opptrapping/psykisk-helse";
import { describe, expect, it } from "vitest";
import { evaluation } from "./fixtures.test-fixture.js";
import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";
import { buildReport } from "./model.js";
import { renderText } from "./text.js";

/** The bundled plan with a made-up interim target for TSB (below 30 days in 2023; the data has 33): missed. */
function withMissedMilestone(asOf: string) {
  const { plan } = evaluation(false);
  const p = {
    ...plan,
    resultGoals: plan.resultGoals.map((g) =>
      g.id === "R5" ? { ...g, targets: g.targets.map((t) => (t.id === "R5.tsb" ? { ...t, milestones: [{ period: "2023", value: 30 }] } : t)) } : g,
    ),
  };
  return buildReport(p, evaluatePlan(p, observations(), { asOf }), { lang: "nb" });
}

const plain = (text: string) => text.replaceAll("\u00a0", " ");
const unescape = (html: string) => html.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&amp;", "&");

describe("every rendering shows what the evaluation says (issue 9, 10)", () => {
  const r = withMissedMilestone("2026-03-01");
  const outputs = { text: plain(renderText(r, { width: 400 })), markdown: plain(renderMarkdown(r)), html: plain(unescape(renderHtml(r))) };

  it.each(Object.keys(outputs) as (keyof typeof outputs)[])("%s: partial coverage, missed interim targets, not reported, series break, figures off the line, the budget in parts", (kind) => {
    const out = outputs[kind];
    expect(out).toContain("delvis vurdert");
    expect(out).toContain("1 av 3 målsettinger vurdert");
    expect(out).toContain("1 av 5 resultatmål vurdert");
    expect(out).toContain("Delmål ikke nådd: TSB < 30 dager, på sikt: 2023");
    expect(out).toContain("Delmålet for 2023 (30 dager) ble ikke nådd (33 dager).");
    expect(out).toContain("ikke rapportert");
    expect(out).toContain("Milepælenes status er per 19.01.2026 og ikke oppdatert siden.");
    expect(out).toContain("Tiltakenes status er per 19.01.2026 og ikke oppdatert siden.");
    expect(out).toContain("Brudd i serien fra 2022");
    expect(out).toContain("juni–desember 2025 = 37,5 dager");
    expect(out).toContain("Kildens påstand (brev fra Helse- og omsorgsdepartementet, 19.01.2026)");
    expect(out).toContain("Beregning (bibliotekets, ikke kildens)");
    expect(out).toContain("Lesningene er uenige");
    expect(out).toContain("framtung 2023–2033");
  });

  it("the HTML marks milestone rows by state and the sensitivity table by whether the readings agree", () => {
    expect(outputs.html).toContain('<tr data-state="notReported">');
    expect(outputs.html).toContain('data-readings="disagree"');
    expect(outputs.html).toContain('data-role="missed-milestones"');
  });
});

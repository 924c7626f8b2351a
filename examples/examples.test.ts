import { describe, expect, it } from "vitest";
import { main as budgetTrajectory } from "./budget-trajectory.js";
import { main as proposalCoverage } from "./proposal-coverage.js";
import { main as ssbJsonStat } from "./ssb-json-stat.js";
import { main as statusReport } from "./status-report.js";

describe("examples", () => {
  it("status-report: R5 off track on TSB alone (1 of 3 targets assessed); no colour from one figure for R3 and R4", () => {
    const out = statusReport("2026-01");
    expect(out.split("\n")[0]).toBe(
      "R1=insufficientData R2=insufficientData R3=insufficientData R4=insufficientData R5=offTrack R6=insufficientData R7=insufficientData R8=insufficientData",
    );
    const md = out.replaceAll("\u00a0", " ");
    expect(md).toContain("| **R5** Average waiting time to mental health care shall be reduced | 1 of 3 targets assessed | 🔴 off track (partly assessed) |");
    expect(md).toContain("| | PHBU < 35 days, in the long run | ⚪ insufficient data | 53 days (2022)<br>Break in the series from 2022");
    expect(md).toContain("June–December 2025 = 37.5 days");
    // By default as of the data's vintage.
    expect(statusReport().split("\n")[2]).toBe("# Escalation plan for mental health (2023–2033)");
    expect(statusReport()).toContain("as of 19 January 2026");
  });

  it("budget-trajectory: the claim, the calculation on 11 equal steps, the readings and the real terms", () => {
    const out = budgetTrajectory().replace(/\u00A0/g, " ");
    expect(out).toContain("as of 2026-01-19 (budget year 2026)");
    expect(out).toContain('about NOK 1.2 billion ("omlag 1,2 mrd. kroner")');
    expect(out).toContain('"About" is read here as NOK 1.14–1.26 billion (±5 %).');
    // 3 000 000 000 × 4 / 11 = 1 090 909 090.9… ≤ 1 140 000 000: on track.
    expect(out).toMatch(/\* 11 equal steps 2023–2033 +expects +NOK 1\.09 billion +on track \/ undetermined/);
    // Front-loaded: 3 bn × 76/132 = 1 727 272 727.27 > 1.26 bn.
    expect(out).toMatch(/front-loaded 2023–2033 +expects +NOK 1\.73 billion +behind the path/);
    // Real: 1.14 bn × 100 / 109.2727 = 1 043 261 491.66…, 1.26 bn × 100 / 109.2727 = 1 153 078 490.78…
    expect(out).toContain("actual (real, 2023 kroner): NOK 1.04 billion–NOK 1.15 billion");
    expect(out).toMatch(/as of 2026-01-18: unknown — .*This does not mean that NOK 0 has been appropriated\./);
  });

  it("proposal-coverage: every item of Dokument 8:74 S is mapped or says why not", () => {
    const out = proposalCoverage();
    expect(out).toContain("Dokument 8:74 S (2025–2026)");
    expect(out).toMatch(/F2a: .*\n\s+→ not mapped: Answered with the NOK 3 billion commitment/);
    expect(out).toMatch(/10 of 11 items map to the plan/);
  });

  it("ssb-json-stat: reads the synthetic SSB-shaped file and aggregates regions by weighted mean", () => {
    const out = ssbJsonStat();
    expect(out).toContain("read 12 observations (SYNTHETIC file), 0 issues");
    expect(out).toMatch(/rhf-nord\s+2025-10 – \(missing, synthetic\)/);
    expect(out).toMatch(/rhf-vest\s+2025-12 39\.5 days, n = 470 \(synthetic\)/);
    // December: (36.1·980 + 39.5·470 + 33.9·350 + 38·205) / 2005 = 36.71…
    expect(out).toContain("2025-12 = 36.71 days");
    // Three months are not a tertial or a year (R5's reporting periods): no verdict, saying why.
    expect(out).toMatch(/R5\.phbu as of 2026-01-31, bundled data \+ the SYNTHETIC file: insufficientData/);
    expect(out).toContain("(on the bundled data alone: insufficientData; the file's months are shown, not put on the tertial and annual series)");
  });
});

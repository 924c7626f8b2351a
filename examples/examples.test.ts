import { describe, expect, it } from "vitest";
import { main as budgetTrajectory } from "./budget-trajectory.js";
import { main as proposalCoverage } from "./proposal-coverage.js";
import { main as ssbJsonStat } from "./ssb-json-stat.js";
import { main as statusReport } from "./status-report.js";

describe("examples", () => {
  it("status-report: R5 at risk, R3 and R4 off track as of 2026-01", () => {
    const out = statusReport("2026-01");
    expect(out.split("\n")[0]).toBe(
      "R1=insufficientData R2=insufficientData R3=offTrack R4=offTrack R5=atRisk R6=insufficientData R7=insufficientData R8=insufficientData",
    );
    expect(out).toContain("| R5.phbu | 🟡 at risk | 37.5 days (2025-06/2025-12) |");
  });

  it("budget-trajectory: NOK 1.2 bn against 3 bn × 4/11 on the linear path", () => {
    const out = budgetTrajectory();
    expect(out).toContain("as of 2026-01-31 (budget year 2026), basis: reported");
    // 1 200 000 000 − 3 000 000 000 × 4 / 11 = 109 090 909.09…
    expect(out).toMatch(/gap NOK\s109,090,909\.09, on track/);
    expect(out).toMatch(/2033\s+NOK\s3\sbillion/);
    // Made-up path, labelled so: 150 m (2023) → 1.2 bn (2027), so 2026 is 150 m + 1 050 m × 3/4 = 937.5 m.
    expect(out).toMatch(/^back-loaded path \(SYNTHETIC: made-up points, not from the sources\) expects NOK\s937\.5\smillion by 2026 → on track$/m);
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
    expect(out).toContain("NO 2025-12 (service=PHBU) = 36.71 days");
    // The verdict rests on the synthetic file and says so, with what the bundled data alone give.
    expect(out).toMatch(/^R5\.phbu as of 2026-01-31, bundled data \+ the SYNTHETIC file: onTrack — /m);
    expect(out).toContain("(on the bundled data alone: atRisk, one point and no trend; this verdict rests on synthetic figures)");
  });
});

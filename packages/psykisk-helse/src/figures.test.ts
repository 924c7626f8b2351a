import { getTarget, type Target } from "@opptrapping/core";
import { describe, expect, it } from "vitest";
import { observations, plan, sources } from "./index.js";

// The figures of DOMAIN.md ("Money", "Indicators and figures stated", the areas table),
// checked one by one against the bundled data. Expectations are written out by hand.

const allocation = (id: string) => {
  const found = plan().allocations.find((a) => a.id === id);
  if (!found) throw new Error(`no allocation ${id}`);
  return found;
};
const target = <K extends Target["kind"]>(id: string, kind: K): Extract<Target, { kind: K }> => {
  const t = getTarget(plan(), id).target;
  if (t.kind !== kind) throw new Error(`${id} is a ${t.kind} target, expected ${kind}`);
  return t as Extract<Target, { kind: K }>;
};
const observation = (indicatorId: string, period: string) => {
  const found = observations().filter((o) => o.indicatorId === indicatorId && o.period === period);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe("the plan's shape", () => {
  it("has 2 main goals, 3 areas and 8 result goals", () => {
    const p = plan();
    expect(p.mainGoals).toHaveLength(2);
    expect(p.areas).toHaveLength(3);
    expect(p.resultGoals).toHaveLength(8);
  });

  it("puts R1–R2 in A1, R3–R6 in A2 and R7 in A3", () => {
    const byArea = (areaId: string) => plan().resultGoals.filter((g) => g.areaId === areaId).map((g) => g.id);
    expect(byArea("A1")).toEqual(["R1", "R2"]);
    expect(byArea("A2")).toEqual(expect.arrayContaining(["R3", "R4", "R5", "R6"]));
    expect(byArea("A3")).toEqual(["R7"]);
  });

  it("defines no indicator for R8, and says so", () => {
    const r8 = plan().resultGoals.find((g) => g.id === "R8");
    expect(r8?.targets).toEqual([]);
    expect(r8?.note?.en).toMatch(/no indicator/);
  });
});

describe("money", () => {
  it("commits at least NOK 3 bn, permanently, over 2023–2033", () => {
    const c = plan().commitment;
    expect(c?.amount.toString()).toBe("3000000000");
    expect(c).toMatchObject({ atLeast: true, permanent: true, startYear: 2023, endYear: 2033 });
  });

  it("reports 'omlag 1,2 mrd. kroner' as the letter's claim, dated by the letter's day, claimed on track", () => {
    // S0 line 117: "Så langt i planperioden er det bevilget omlag 1,2 mrd. kroner og vi er i rute".
    const reported = plan().commitment?.reported ?? [];
    expect(reported).toHaveLength(1);
    expect(reported[0]?.asOf).toBe("2026-01-19");
    expect(reported[0]?.claim).toMatchObject({ words: "omlag 1,2 mrd. kroner", qualifier: "about" });
    expect(reported[0]?.cumulative.toString()).toBe("1200000000");
    expect(reported[0]?.claimedOnTrack).toBe(true);
  });

  it("strengthens municipal income by NOK 300 mill., year and permanence not stated", () => {
    const a = allocation("a-lavterskel-kommuneinntekter");
    expect(a.amount.toString()).toBe("300000000");
    expect(a.channel).toBe("municipalIncome");
    expect(a.budgetYear).toBeUndefined();
    expect(a.permanence).toBe("unknown");
  });

  it.each([
    ["a-lavterskel-tilskudd-2026", "60000000", "earmarkedGrant"],
    ["a-digitale-tilbud-2026", "10000000", "unknown"],
    ["a-prosjekt-x-2026", "80000000", "earmarkedGrant"],
    ["a-ips-2026", "13000000", "agencyBudget"],
  ] as const)("allocates %s: NOK %s in 2026 (%s)", (id, amount, channel) => {
    const a = allocation(id);
    expect(a.amount.toString()).toBe(amount);
    expect(a.budgetYear).toBe(2026);
    expect(a.channel).toBe(channel);
  });

  it("pays the Prosjekt X money to the RHFs and the IPS money to NAV, as the Storting decided", () => {
    expect(allocation("a-prosjekt-x-2026").recipientIds).toEqual(["rhf"]);
    expect(allocation("a-ips-2026").recipientIds).toEqual(["nav"]);
    // S0 line 647: "Stortinget har vedtatt å øke bevilgningen … med 13 millioner".
    expect(allocation("a-ips-2026").decidedByIds).toEqual(["storting"]);
  });

  it("marks no allocation permanent, since no source says so", () => {
    expect(plan().allocations.filter((a) => a.permanence !== "unknown")).toEqual([]);
  });
});

describe("waiting times (R5)", () => {
  it.each([
    ["R5.phbu", "PHBU", 35],
    ["R5.phv", "PHV", 40],
    ["R5.tsb", "TSB", 30],
  ] as const)("%s: mean wait for %s below %i days, in the long run", (id, service, days) => {
    const t = target(id, "threshold");
    expect(t.indicatorId).toBe("R5.wait");
    expect(t.filter).toEqual({ service });
    expect(t.comparator).toBe("<");
    expect(t.value).toBe(days);
    expect(t.deadline).toEqual({ kind: "longRun" });
  });

  it("cites the letter for PHBU and the county governors' page for PHV and TSB", () => {
    expect(target("R5.phbu", "threshold").sources.map((s) => s.doc)).toContain("S0");
    expect(target("R5.phv", "threshold").sources.map((s) => s.doc)).toEqual(["P"]);
    expect(target("R5.tsb", "threshold").sources.map((s) => s.doc)).toEqual(["P"]);
  });

  it("records a PHBU mean of 37.5 days for June–December 2025, nationally", () => {
    const o = observation("R5.wait", "2025-06/2025-12");
    expect(o).toMatchObject({ orgUnit: "NO", dimensions: { service: "PHBU" }, value: 37.5 });
    expect(o.source).toMatchObject({ doc: "S0", section: "§2-waiting" });
  });

  it("uses a mean-of-days indicator that should decrease", () => {
    const wait = plan().indicators.find((i) => i.id === "R5.wait");
    expect(wait).toMatchObject({ unit: "days", aggregation: "mean", direction: "decrease" });
  });
});

describe("the other result goals' figures", () => {
  it("R1: reduced by 25 %, no baseline, in the long run", () => {
    const t = target("R1.reduce25", "relativeChange");
    expect(t.change).toBe(-0.25);
    expect(t.baseline).toBeUndefined();
    expect(t.deadline).toEqual({ kind: "longRun" });
  });

  it("R2: the share decreases", () => {
    expect(target("R2.reduce", "direction").direction).toBe("decrease");
  });

  it("R3: all municipalities; 3 of 4 (75 %) in 2024", () => {
    expect(target("R3.all", "coverage").value).toBe(100);
    const o = observation("R3.lowThreshold", "2024");
    expect(o.value).toBe(75);
    expect(o.note).toMatch(/3 of 4/);
  });

  it("R4: all PHBU clinics; 87 % in April 2025", () => {
    expect(target("R4.all", "coverage").value).toBe(100);
    expect(observation("R4.assessment", "2025-04").value).toBe(87);
  });

  it("R6: no decline, and about 430 more places by 2040", () => {
    expect(target("R6.noDecline", "noDecline").indicatorId).toBe("R6.places");
    const capacity = target("R6.capacity2040", "capacity");
    expect(capacity.increase).toBe(430);
    expect(capacity.deadline).toEqual({ kind: "year", year: 2040 });
    expect(capacity.sources[0]).toMatchObject({ doc: "S0", section: "§2-places" });
  });

  it("R6: the 2026 steering indicator, real cost growth above demographic growth", () => {
    const t = target("R6.costGrowth", "growthExceeds");
    expect(t).toMatchObject({
      indicatorId: "rhf.costGrowth",
      referenceIndicatorId: "rhf.demographicGrowth",
      basis: "growthRate",
      deadline: { kind: "year", year: 2026 },
    });
    expect(t.sources[0]).toMatchObject({ doc: "S0", section: "§2-steering" });
  });

  it("R7: life expectancy rises and its gap to the rest of the population shrinks", () => {
    expect(target("R7.increase", "direction").direction).toBe("increase");
    const gap = target("R7.gap", "gap");
    expect(gap.referenceIndicatorId).toBe("R7.lifeExpectancyRest");
    expect(gap.sources.map((s) => s.doc)).toEqual(["P"]);
  });
});

describe("Prosjekt X", () => {
  it("has 14 pilots under way as of January 2026", () => {
    const m = plan().measures.find((x) => x.id === "m-prosjekt-x");
    expect(m?.lifecycle.at(-1)).toMatchObject({ state: "inProgress", note: "14 pilots under way as of January 2026." });
    expect(m?.note?.nb).toMatch(/^14 utprøvinger i gang per januar 2026/);
  });
});

// Corrections of issue 10, each checked against the seed line that supports it
// (S0 = seeds/000_dcb3170facfb9967.txt, S1 = seeds/001_01e7d391241c3cb5.txt).
describe("corrections", () => {
  const measure = (id: string) => {
    const found = plan().measures.find((m) => m.id === id);
    if (!found) throw new Error(`no measure ${id}`);
    return found;
  };
  const item = (id: string) => plan().proposals[0]!.items.find((i) => i.id === id)!;
  const milestone = (id: string) => plan().milestones.find((m) => m.id === id)!;
  const goal = (id: string) => plan().resultGoals.find((g) => g.id === id)!;

  it("1. the youth service is not delivered: only its study report was (S0 568–574; S1 258–266)", () => {
    const m = measure("m-integrert-ungdomstjeneste");
    expect(m.lifecycle.map((e) => e.state)).toEqual(["inProgress", "inProgress"]);
    expect(m.lifecycle.at(-1)).toMatchObject({ date: "2025-12", knownFrom: "2026-01-19" });
    expect(milestone("ms-ungdomstjeneste-rapport").status).toBe("delivered");
  });

  it("2. only a draft of the comprehensive plan was delivered (S1 222–230)", () => {
    const m = measure("m-helhetlig-plan");
    expect(m.lifecycle.map((e) => e.state)).toEqual(["inProgress"]);
    expect(m.lifecycle[0]?.note).toMatch(/Only a draft/);
  });

  it("3. F2d: the commission asks for much less state steering; the balance is the minister's view (S0 255–271)", () => {
    const r = item("F2d").response!;
    expect(r.nb).toContain("betydelig reduksjon i den statlige styringen");
    expect(r.nb).toContain("ministeren mener");
    expect(r.nb).not.toMatch(/taler for balanse/);
    expect(r.en).toContain("the minister's own view");
  });

  it("4. F1 and F4 say only what the letter says; F1 keeps the deck's 'tradisjonell midtveisrapport og sluttrapport' (S0 113–152, 589–712; S1 338)", () => {
    expect(item("F1").response!.nb).toContain("«tradisjonell» midtveisrapport og sluttrapport");
    expect(item("F1").sources.map((x) => x.doc)).toContain("S1");
    for (const id of ["F1", "F4"]) expect(`${item(id).response!.nb} ${item(id).response!.en}`).not.toMatch(/lover ingen|promised/);
    expect(item("F4").response!.nb).toContain("fire andre departementer"); // S0 690–694 names four
  });

  it("5. 37.5 days is provisional (monthly data, S0 305–311); R3 keeps '3 av 4' with its uncertainty (S0 220–224)", () => {
    const wait = observations().find((o) => o.indicatorId === "R5.wait" && o.period === "2025-06/2025-12")!;
    expect(wait.flags).toEqual(["provisional"]);
    const r3 = observations().find((o) => o.indicatorId === "R3.lowThreshold")!;
    expect(r3.note).toContain("'3 av 4 kommuner'");
    expect(r3.note).toMatch(/may describe 2023/);
  });

  it("6. ongoing work is in progress: ACT/FACT grant (S0 279–281), ventetidsløftet (S0 301–303), IPS (S0 643–651)", () => {
    for (const id of ["m-act-fact-tilskudd", "m-ventetidsloftet", "m-ips"]) expect(measure(id).lifecycle.map((e) => e.state)).toEqual(["inProgress"]);
  });

  it("7. every state carries the date it is known from, at the latest its source's date", () => {
    const dated = new Map(sources.map((s) => [s.id, "date" in s ? s.date : undefined]));
    for (const m of plan().measures)
      for (const e of m.lifecycle) {
        expect(e.knownFrom, m.id).toBeDefined();
        const latest = e.sources.map((s) => dated.get(s.doc as never) ?? "").sort().at(-1)!;
        expect(e.knownFrom! <= latest, `${m.id}: ${e.knownFrom} after ${latest}`).toBe(true);
      }
    for (const m of plan().milestones) expect(m.statusAsOf, m.id).toBe("2026-01-19");
    expect(measure("m-egenandelsfritak").lifecycle[0]).toMatchObject({ state: "delivered", knownFrom: "2026-01-19" });
    expect(measure("m-egenandelsfritak").lifecycle[0]?.date).toBeUndefined();
  });

  it("8. measures are tagged plan or related; the letter's other policy is related", () => {
    const related = plan().measures.filter((m) => m.scope === "related").map((m) => m.id);
    expect(related).toEqual(
      expect.arrayContaining(["m-meld-st-15", "m-meld-st-28", "m-skolemiljo", "m-lk20", "m-ny-opplaeringslov", "m-barnefamilier"]),
    );
    expect(plan().measures.every((m) => m.scope === "plan" || m.scope === "related")).toBe(true);
    expect(measure("m-vurderingssamtale").scope).toBe("plan");
    expect(related).toHaveLength(17);
    expect(plan().measures.length - related.length).toBe(46);
  });

  it("9. links the sources do not make are marked inferred, with reasoning", () => {
    expect(goal("R6").inferred?.map((i) => i.field)).toEqual(["targets.R6.costGrowth"]);
    expect(goal("R8").inferred?.map((i) => i.field)).toEqual(["areaId"]);
    expect(measure("m-rhf-styringsindikator").inferred?.map((i) => i.field)).toEqual(["goalIds", "areaId"]);
    for (const id of ["m-handlingsplan-ensomhet", "m-befolkningskampanje", "m-digiung", "m-unge-vold", "m-helse-barnevern", "m-psykologspesialist"])
      expect(measure(id).inferred?.map((i) => i.field), id).toEqual(["ownerIds", "lifecycle"]);
    for (const g of plan().resultGoals) for (const i of g.inferred ?? []) expect(i.reasoning.nb.length).toBeGreaterThan(20);
  });

  it("10. adds what the sources give: coordination and dialogue arenas (S1 173–180), the 2030 aim (S0 373–375), the RHF signal (S0 186–190), helsestasjon for ungdom (S0 510–511), R5 against 2019 (S0 309–311)", () => {
    expect(measure("m-samordning-nasjonale-aktorer").sources[0]).toMatchObject({ doc: "S1" });
    expect(measure("m-dialogarenaer").lifecycle[0]?.state).toBe("planned");
    expect(milestone("ms-dognkapasitet-2030")).toMatchObject({ due: "2030", goalIds: ["R6"], status: "planned" });
    expect(measure("m-rhf-styrke-phv-tsb").ownerIds).toEqual(["hod", "rhf"]);
    expect(item("F2b").measureIds).toContain("m-rhf-styrke-phv-tsb");
    expect(measure("m-helsestasjon-ungdom").scope).toBe("related");
    expect(goal("R5").note?.nb).toMatch(/lavere enn for samme periode i 2019/);
  });
});

import { describe, expect, it } from "vitest";
import { plan } from "../index.js";
import { UNMAPPED_PROPOSAL_ITEMS } from "./proposal.js";

const proposal = () => {
  const p = plan().proposals.find((x) => x.id === "dok8-74s-2025-2026");
  if (!p) throw new Error("the proposal is missing");
  return p;
};
const item = (id: string) => {
  const found = proposal().items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};
const mapped = (i: ReturnType<typeof item>) =>
  i.measureIds.length + i.goalIds.length + i.allocationIds.length + i.milestoneIds.length > 0;

describe("Dokument 8:74 S (2025–2026)", () => {
  it("has 11 items: 1; 2 and its contents 2a–2g; 3; 4", () => {
    expect(proposal().reference).toBe("Dokument 8:74 S (2025–2026)");
    expect(proposal().items.map((i) => i.id)).toEqual(["F1", "F2", "F2a", "F2b", "F2c", "F2d", "F2e", "F2f", "F2g", "F3", "F4"]);
  });

  it("gives every item its text and the minister's answer in bokmål and English", () => {
    for (const i of proposal().items) {
      expect(i.text.en, i.id).toBeDefined();
      expect(i.response?.nb, i.id).toBeDefined();
      expect(i.response?.en, i.id).toBeDefined();
    }
  });

  it("maps every item to something, or says why it cannot", () => {
    const reasons: Readonly<Record<string, string>> = UNMAPPED_PROPOSAL_ITEMS;
    for (const i of proposal().items) {
      if (mapped(i)) expect(reasons[i.id], `${i.id} is mapped, so it needs no reason`).toBeUndefined();
      else expect(reasons[i.id], `${i.id} maps to nothing and gives no reason`).toMatch(/\w/);
    }
  });

  it("answers 2a with the commitment, which an item cannot reference", () => {
    expect(mapped(item("F2a"))).toBe(false);
    expect(UNMAPPED_PROPOSAL_ITEMS.F2a).toMatch(/commitment/);
    expect(plan().commitment?.id).toBe("c-3-mrd");
  });

  it("keeps the deadlines the items ask for: end of 2026 for 1, June 2027 for 4", () => {
    expect(item("F1").due).toBe("2026");
    expect(item("F4").due).toBe("2027-06");
    expect(proposal().items.filter((i) => i.due !== undefined).map((i) => i.id)).toEqual(["F1", "F4"]);
  });

  it("maps 2c to the waiting-time and assessment goals, the assessment conversation and the co-payment exemption", () => {
    const i = item("F2c");
    expect(i.goalIds).toEqual(expect.arrayContaining(["R5", "R4"]));
    expect(i.measureIds).toEqual(expect.arrayContaining(["m-vurderingssamtale", "m-egenandelsfritak"]));
  });

  it("maps 2d to NOK 300 mill., the NOK 60 mill. grant and implementation support", () => {
    const i = item("F2d");
    expect(i.goalIds).toEqual(["R3"]);
    expect(i.allocationIds).toEqual(expect.arrayContaining(["a-lavterskel-kommuneinntekter", "a-lavterskel-tilskudd-2026"]));
    expect(i.measureIds).toContain("m-implementeringsstotte");
  });

  it("maps 3 to the Health Reform Committee's report and Prosjekt X", () => {
    const i = item("F3");
    expect(i.milestoneIds).toContain("ms-helsereformutvalget");
    expect(i.measureIds).toContain("m-prosjekt-x");
    expect(i.allocationIds).toEqual(["a-prosjekt-x-2026"]);
  });
});

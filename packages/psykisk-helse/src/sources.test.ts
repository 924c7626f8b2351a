import { describe, expect, it } from "vitest";
import { S0_SECTIONS, S1_SLIDES, observationData, planData, sources } from "./index.js";

interface Ref {
  readonly path: string;
  readonly doc: unknown;
  readonly section: unknown;
}

/** Every source reference in a value: items of `sources` arrays and `source` objects. */
function refsIn(value: unknown, path: string, out: Ref[] = []): Ref[] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => refsIn(v, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      const at = `${path}.${key}`;
      if (key === "sources" && Array.isArray(v)) {
        v.forEach((s: unknown, i) => out.push(toRef(s, `${at}[${i}]`)));
      } else if (key === "source") {
        out.push(toRef(v, at));
      } else {
        refsIn(v, at, out);
      }
    }
  }
  return out;
}

function toRef(value: unknown, path: string): Ref {
  const r = (value ?? {}) as { doc?: unknown; section?: unknown };
  return { path, doc: r.doc, section: r.section };
}

const { sources: _documents, ...planWithoutDocuments } = planData;
const refs = [...refsIn(planWithoutDocuments, "plan"), ...refsIn(observationData, "observations")];
const known = new Set<string>(sources.map((s) => s.id));

describe("sources", () => {
  it("has unique ids", () => {
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
  });

  it("keeps the letter (S0) and the slide deck (S1) as described", () => {
    expect(sources.find((s) => s.id === "S0")).toMatchObject({
      kind: "letter",
      date: "2026-01-19",
      reference: "25/5114",
      publisher: "Helse- og omsorgsdepartementet",
      file: "000_dcb3170facfb9967.txt",
    });
    expect(sources.find((s) => s.id === "S1")).toMatchObject({
      kind: "slides",
      date: "2025-10-01",
      publisher: "Helsedirektoratet",
      file: "001_01e7d391241c3cb5.txt",
    });
    expect(sources.find((s) => s.id === "P")).toMatchObject({ kind: "webpage", date: "2023-06-15" });
  });

  it("finds references everywhere they can be (sanity check of the walk)", () => {
    expect(refs.length).toBeGreaterThan(200);
  });

  it("every reference names a source document that exists", () => {
    expect(refs.filter((r) => typeof r.doc !== "string" || !known.has(r.doc))).toEqual([]);
  });

  it("every reference to S0 names one of the letter's sections, and every one to S1 a slide title", () => {
    const s0 = new Set<unknown>(S0_SECTIONS);
    const s1 = new Set<unknown>(S1_SLIDES);
    expect(refs.filter((r) => r.doc === "S0" && r.section !== undefined && !s0.has(r.section))).toEqual([]);
    expect(refs.filter((r) => r.doc === "S1" && r.section !== undefined && !s1.has(r.section))).toEqual([]);
  });

  it("every source document is cited at least once", () => {
    const cited = new Set(refs.map((r) => r.doc));
    expect(sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it("every observation cites its source", () => {
    for (const o of observationData) expect(known.has(o.source.doc)).toBe(true);
  });
});

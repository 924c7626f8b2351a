/**
 * SYNTHETIC DATA for the JSON-stat benchmark — not real figures. A seeded JSON-stat 2.0
 * dataset shaped like an SSB PxWebApi v2 json-stat2 response: 357 municipalities × 5 age
 * groups × 3 sexes × 2 measures × 132 months (2023M01 … 2033M12) = 1 413 720 cells, with ~1 %
 * of cells suppressed (`:`) and ~0.5 % missing (`..`), both as null values with a status.
 */
import { months, mulberry32, municipalities } from "./synthetic.js";

export const AGES = ["000-017", "018-029", "030-049", "050-066", "067+"] as const;
export const SEXES = ["0", "1", "2"] as const;
export const MEASURES = ["VentetidSnitt", "Pasienter"] as const;
export const INDICATOR_OF: Readonly<Record<string, string>> = { VentetidSnitt: "SYNTH.wait", Pasienter: "SYNTH.patients" };

/** The dimensions in SSB's usual order: region first, the measure (ContentsCode) before time. */
export function syntheticDimensions(): { id: string; codes: string[] }[] {
  return [
    { id: "Region", codes: municipalities(357) },
    { id: "Alder", codes: [...AGES] },
    { id: "Kjonn", codes: [...SEXES] },
    { id: "ContentsCode", codes: [...MEASURES] },
    { id: "Tid", codes: months(2023, 2033).map((m) => m.replace("-", "M")) },
  ];
}

/** Builds the dataset (seeded); serialise it with JSON.stringify. */
export function syntheticDataset(seed = 20260123): object {
  const dims = syntheticDimensions();
  const size = dims.map((d) => d.codes.length);
  const n = size.reduce((a, b) => a * b, 1);
  const months = size[4]!;
  const random = mulberry32(seed);
  const value: (number | null)[] = new Array<number | null>(n);
  const status: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const measure = Math.floor(i / months) % 2;
    const r = random();
    if (r < 0.01) {
      value[i] = null;
      status[String(i)] = ":";
    } else if (r < 0.015) {
      value[i] = null;
      status[String(i)] = "..";
    } else value[i] = measure === 0 ? Math.round((20 + random() * 60) * 10) / 10 : Math.floor(random() * 400);
  }
  const dimension: Record<string, object> = {};
  for (const d of dims)
    dimension[d.id] = { label: d.id, category: { index: Object.fromEntries(d.codes.map((c, i) => [c, i])), label: Object.fromEntries(d.codes.map((c) => [c, c])) }, extension: { elimination: false, show: "value" } };
  return {
    version: "2.0",
    class: "dataset",
    label: "SYNTHETIC benchmark data: waiting time and patients by municipality, age, sex and month (not real figures)",
    source: "Synthetic (seeded generator in bench/json-stat.synthetic.ts)",
    updated: "2026-01-23T00:00:00Z",
    role: { time: ["Tid"], geo: ["Region"], metric: ["ContentsCode"] },
    id: dims.map((d) => d.id),
    size,
    dimension,
    extension: { px: { tableid: "SYNTH", decimals: 1, language: "no" } },
    value,
    status,
  };
}

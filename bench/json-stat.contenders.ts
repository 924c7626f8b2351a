/**
 * The contenders of the JSON-stat benchmark, each turning JSON-stat text into rows:
 * `opptrapping` (fromJsonStat, one observation per cell: each measure its own indicator —
 * the same rows as the toolkit's table), `opptrapping-pivot` (fromJsonStat with the measures
 * pivoted into value and count of one observation) and `toolkit` (jsonstat-toolkit's
 * `toTable({ type: "arrobj", content: "id", status: true })`, one object per cell).
 */
import JSONstat from "jsonstat-toolkit";
import { fromJsonStat } from "../packages/adapters/src/json-stat/index.js";
import type { MappingInput } from "../packages/adapters/src/mapping/mappingSchema.js";
import { INDICATOR_OF } from "./json-stat.synthetic.js";

export const perCellMapping: MappingInput = {
  indicator: { from: "ContentsCode", map: { ...INDICATOR_OF } },
  period: { from: "Tid" },
  orgUnit: { from: "Region" },
  dimensions: { age: { from: "Alder" }, sex: { from: "Kjonn" } },
};

export const pivotMapping: MappingInput = {
  indicator: { fixed: "SYNTH.wait" },
  period: { from: "Tid" },
  orgUnit: { from: "Region" },
  dimensions: { age: { from: "Alder" }, sex: { from: "Kjonn" } },
  measure: { dimension: "ContentsCode", value: "VentetidSnitt", count: "Pasienter" },
};

export const contenders = {
  opptrapping: (text: string): readonly unknown[] => fromJsonStat(text, perCellMapping).observations,
  "opptrapping-pivot": (text: string): readonly unknown[] => fromJsonStat(text, pivotMapping).observations,
  toolkit: (text: string): readonly unknown[] => JSONstat(JSON.parse(text) as object).Dataset(0).toTable({ type: "arrobj", content: "id", status: true }),
} as const;

export type Contender = keyof typeof contenders;

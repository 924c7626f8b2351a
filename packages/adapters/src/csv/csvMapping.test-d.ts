import type { DataAdapter } from "@opptrapping/sdk";
import { expectTypeOf } from "vitest";
import type { MappingInput } from "../mapping/index.js";
import { createCsvAdapter, csvNativeMapping, fromCsv, type CsvMappingInput } from "./index.js";

// Every shared mapping spec is a CSV mapping spec.
declare const shared: MappingInput;
fromCsv("", shared);
expectTypeOf(csvNativeMapping).toExtend<CsvMappingInput>();
expectTypeOf(createCsvAdapter()).toExtend<DataAdapter<CsvMappingInput>>();

// @ts-expect-error: a CSV mapping needs the value column when it names columns.
fromCsv("", { indicator: { fixed: "X" }, period: { from: "år" }, columns: { count: "n" } });
// @ts-expect-error: numberStyle is "auto", "nb" or "en".
fromCsv("", shared, { numberStyle: "no" });

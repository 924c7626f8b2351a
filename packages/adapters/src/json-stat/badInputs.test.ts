import { describe, expect, it } from "vitest";
import { AdapterError } from "../AdapterError.js";
import type { MappingInput } from "../mapping/mappingSchema.js";
import categoryIndexDuplicate from "./fixtures/bad/category-index-duplicate.json?raw";
import categoryIndexNotPermutation from "./fixtures/bad/category-index-not-permutation.json?raw";
import categorySizeMismatch from "./fixtures/bad/category-size-mismatch.json?raw";
import collectionItemNotEmbedded from "./fixtures/bad/collection-item-not-embedded.json?raw";
import errorResponse from "./fixtures/bad/error-response.json?raw";
import idSizeMismatch from "./fixtures/bad/id-size-mismatch.json?raw";
import missingDimension from "./fixtures/bad/missing-dimension.json?raw";
import nonNumericValue from "./fixtures/bad/non-numeric-value.json?raw";
import notJsonStat from "./fixtures/bad/not-json-stat.json?raw";
import sizeMismatch from "./fixtures/bad/size-mismatch.json?raw";
import sparseIndexOutOfRange from "./fixtures/bad/sparse-index-out-of-range.json?raw";
import statusLengthMismatch from "./fixtures/bad/status-length-mismatch.json?raw";
import statusNotASymbol from "./fixtures/bad/status-not-a-symbol.json?raw";
import truncated from "./fixtures/bad/truncated.json?raw";
import unknownDimension from "./fixtures/bad/unknown-dimension.json?raw";
import unknownMeasureCategory from "./fixtures/bad/unknown-measure-category.json?raw";
import { smallMapping } from "./fixtures/mappings.test-fixture.js";
import { fromJsonStat } from "./fromJsonStat.js";

function failure(text: string, mapping: MappingInput, mode: "strict" | "lenient" = "strict"): AdapterError {
  try {
    fromJsonStat(text, mapping, { mode });
  } catch (error) {
    if (error instanceof AdapterError) return error;
    throw error;
  }
  throw new Error("expected an AdapterError");
}

const measureMapping: MappingInput = { ...smallMapping, period: { fixed: "2024" }, measure: { dimension: "ContentsCode", value: "Ventetid", count: "Pasienter" } };
const kommuneMapping: MappingInput = { ...smallMapping, orgUnit: { from: "Kommune" } };

// Each file of fixtures/bad: the error it must give, where, and a phrase of its message.
const structural: [string, string, MappingInput, string, object, string][] = [
  ["truncated.json", truncated, smallMapping, "invalid_json", { line: 79, column: 63 }, `the input ends too early (truncated?) at character ${truncated.length}`],
  ["not-json-stat.json", notJsonStat, smallMapping, "not_json_stat", {}, 'expected a JSON-stat dataset or collection ("class": "dataset" or "collection"), got an object without one'],
  ["error-response.json", errorResponse, smallMapping, "not_json_stat", { path: ["error"] }, "the response holds an error instead of data"],
  ["collection-item-not-embedded.json", collectionItemNotEmbedded, smallMapping, "not_json_stat", { path: ["link", "item", 0] }, "without embedding it"],
  ["size-mismatch.json", sizeMismatch, smallMapping, "size_mismatch", { path: ["value"] }, "value has 3 entries but size [2, 2] makes 4 cells"],
  ["id-size-mismatch.json", idSizeMismatch, smallMapping, "id_size_mismatch", { path: ["size"] }, "id lists 2 dimensions (Region, Tid) but size has 3 entries [2, 2, 1]"],
  ["category-index-not-permutation.json", categoryIndexNotPermutation, smallMapping, "invalid_category_index", { dimension: "Region", path: ["dimension", "Region", "category", "index", "4601"] }, 'category "4601" of dimension "Region" has position 2'],
  ["category-index-duplicate.json", categoryIndexDuplicate, smallMapping, "invalid_category_index", { dimension: "Tid", path: ["dimension", "Tid", "category", "index", 1] }, 'category "2024M05" appears twice in dimension "Tid"'],
  ["category-size-mismatch.json", categorySizeMismatch, smallMapping, "category_size_mismatch", { dimension: "Tid", path: ["dimension", "Tid", "category", "index"] }, 'dimension "Tid" has 3 categories but size gives it 2'],
  ["missing-dimension.json", missingDimension, smallMapping, "missing_dimension", { dimension: "Tid", path: ["dimension", "Tid"] }, 'id lists dimension "Tid" but dimension has no entry for it (it has Region)'],
  ["status-length-mismatch.json", statusLengthMismatch, smallMapping, "invalid_status", { path: ["status"] }, "status has 3 entries but the dataset has 4 cells"],
  ["unknown-dimension.json", unknownDimension, kommuneMapping, "unknown_dimension", { dimension: "Kommune", path: ["mapping", "orgUnit", "from"] }, 'the mapping takes the org unit from dimension "Kommune", which the dataset does not have; its dimensions are "Region", "Tid"'],
  ["unknown-measure-category.json", unknownMeasureCategory, measureMapping, "unknown_category", { dimension: "ContentsCode", path: ["mapping", "measure", "value"] }, 'category "Ventetid" of "ContentsCode", which the dataset does not have; its categories are "VentetidSnitt", "Pasienter"'],
];

describe("the bad-input corpus: structural problems throw in either mode", () => {
  it.each(structural)("%s → %s", (_, text, mapping, code, location, phrase) => {
    for (const mode of ["strict", "lenient"] as const) {
      const error = failure(text, mapping, mode);
      expect(error.code).toBe(code);
      expect(error.location).toEqual(location);
      expect(error.message).toContain(phrase);
    }
  });
});

// Problems with one cell or entry: thrown in strict mode, an issue in lenient mode.
const cellLevel: [string, string, string, object, number][] = [
  ["non-numeric-value.json", nonNumericValue, "invalid_value", { cell: 1, coordinates: { Region: "0301", Tid: "2024M06" } }, 3],
  // Cells 0 and 3 are listed; 1 and 2 are not (a sparse value stays sparse), 4 is out of range.
  ["sparse-index-out-of-range.json", sparseIndexOutOfRange, "invalid_value_index", { path: ["value", "4"] }, 2],
  ["status-not-a-symbol.json", statusNotASymbol, "invalid_status", { cell: 1, coordinates: { Region: "0301", Tid: "2024M06" } }, 3],
];

describe("the bad-input corpus: problems with single cells", () => {
  it.each(cellLevel)("%s → %s in strict mode", (_, text, code, location) => {
    const error = failure(text, smallMapping);
    expect(error.code).toBe(code);
    expect(error.location).toEqual(location);
  });

  it.each(cellLevel)("%s → an issue in lenient mode, the other cells read", (_, text, code, __, read) => {
    const { observations, issues } = fromJsonStat(text, smallMapping, { mode: "lenient" });
    expect(issues.map((i) => i.code)).toEqual([code]);
    expect(observations).toHaveLength(read);
  });

  it("reports a wrong mapping before any bad cell", () => {
    expect(failure(nonNumericValue, kommuneMapping).code).toBe("unknown_dimension");
    expect(failure(sparseIndexOutOfRange, kommuneMapping).code).toBe("unknown_dimension");
  });
});

describe("other structural checks", () => {
  it("rejects input that is not an object, with what it got", () => {
    expect(failure("[1, 2]", smallMapping).message).toBe("expected a JSON-stat dataset or collection, got an array");
    expect(failure("null", smallMapping).message).toBe("expected a JSON-stat dataset or collection, got null");
  });

  it("points at a syntax error in the middle of the text by line and column", () => {
    const error = failure('{\n  "class": "dataset",\n  "id": [1 2]\n}', smallMapping);
    expect(error.code).toBe("invalid_json");
    expect(error.location).toEqual({ line: 3, column: 12 });
    expect(error.message).toBe('the input is not valid JSON: unexpected "2]\\n}" at character 35 (line 3, column 12)');
  });

  it("rejects a mapping that pivots and reads the same dimension, or gives CSV columns", () => {
    expect(failure(unknownMeasureCategory, { ...measureMapping, indicator: { from: "ContentsCode" }, measure: { dimension: "ContentsCode", value: "VentetidSnitt" } }).code).toBe("invalid_mapping");
    expect(failure(unknownDimension, { ...smallMapping, columns: { value: "x" } }).code).toBe("invalid_mapping");
  });
});

/**
 * @packageDocumentation
 * CSV in and out: an incremental RFC 4180 tokenizer, Norwegian and English number parsing
 * with SSB's symbols, `fromCsv` (a mapping spec to observations), `toCsv` (observations to
 * CSV, safe to open in a spreadsheet) and the `opptrapping:csv` plugin.
 */
export { CsvTokenizer, type CsvRow, type CsvTokenizerOptions } from "./CsvTokenizer.js";
export { tokenizeCsv } from "./tokenizeCsv.js";
export { CSV_DELIMITERS, detectDelimiter, sniffHeader, type SniffedHeader } from "./detectDelimiter.js";
export { parseNumber, tryParseNumber, type NumberProblem, type NumberStyle, type NumberStyleOption, type ParsedNumber } from "./parseNumber.js";
export { inferNumberStyle } from "./inferNumberStyle.js";
export { csvColumnsSchema, parseCsvMapping, type CsvColumns, type CsvMappingInput } from "./csvMapping.js";
export { fromCsv, type FromCsvOptions } from "./fromCsv.js";
export { toCsv, DIMENSION_PREFIX, type ToCsvOptions } from "./toCsv.js";
export { formatCsvNumber } from "./formatCsvNumber.js";
export { neutraliseCell, restoreCell } from "./neutraliseCell.js";
export { quoteCsvCell } from "./quoteCsvCell.js";
export { csvNativeMapping } from "./csvNativeMapping.js";
export { createCsvAdapter, csvPlugin, type CsvAdapterOptions } from "./csvAdapter.js";
export * from "../referrals/index.js";

/**
 * Output suppression (prikking) of tables computed from records: primary suppression of small
 * cells and secondary suppression by Gaussian elimination so no suppressed cell can be worked
 * out from the published totals.
 * @packageDocumentation
 */
export { SuppressionError, type SuppressionErrorCode } from "./SuppressionError.js";
export {
  suppressTable,
  type ProtectedCell,
  type SuppressedTable,
  type SuppressionOptions,
  type SuppressionRule,
  type TableCell,
} from "./suppressTable.js";

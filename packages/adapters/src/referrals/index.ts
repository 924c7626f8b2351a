/**
 * Referral files (henvisninger) to records for the waiting-time calculator: a streaming,
 * byte-level CSV reader. Exported from `@opptrapping/adapters/csv`.
 * @packageDocumentation
 */
export type { ReferralDateFormat } from "./bytes.js";
export type { ReadReferralsSummary, ReferralColumn, ReferralInput, ReferralIssue, ReferralMapping, ReferralRecord, ReferralSink } from "./types.js";
export { DEFAULT_MAX_RECORD_BYTES, createReferralParser, type ReferralParser, type ReferralParserHandlers } from "./createReferralParser.js";
export { readReferrals, readReferralsInto, type ReadReferralsOptions } from "./readReferrals.js";

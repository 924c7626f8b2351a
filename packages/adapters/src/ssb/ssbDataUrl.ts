import * as z from "zod";
import { AdapterError } from "../AdapterError.js";

/**
 * SSB's PxWebApi v2 root. The API's GET data request is
 * `{root}/tables/{id}/data?lang=no&outputFormat=json-stat2&valueCodes[Tid]=2021,2022`, as SSB's
 * user guide describes it ("API-et mot statistikkbanken – brukerveiledning",
 * https://www.ssb.no/api/api-mot-statistikkbanken--brukerveiledning, read 2026-12-03) and the
 * PxWebApi 2 user guide (https://www.pxtools.net/PxWebApi/documentation/user-guide).
 */
export const SSB_PXWEBAPI_V2 = "https://data.ssb.no/api/pxwebapi/v2";

/**
 * Which values to fetch, per variable: `valueCodes[Region]=0301,3001` in the URL. A value is
 * a code (`"0301"`) or a PxWebApi selection expression (`"*"`, `"2020*"`, `"top(5)"`,
 * `"from(2019)"`). A variable left out is eliminated or given its default by the API.
 */
export type SsbQuery = Readonly<Record<string, string | readonly string[]>>;

/** Parameters of the data request besides the value selection. */
export interface SsbUrlOptions {
  /** The API root, without a trailing slash. @default {@link SSB_PXWEBAPI_V2} */
  readonly baseUrl?: string;
  /** Language of labels (`no` or `en` at SSB); codes are the same in both. @default "no" */
  readonly lang?: string;
  /** A code list (value set or grouping) per variable: `codelist[Region]=agg_KommSummer`. */
  readonly codelist?: Readonly<Record<string, string>>;
  /** With a grouping code list, whether each group's values are `aggregated` or listed `single`. */
  readonly outputValues?: Readonly<Record<string, "aggregated" | "single">>;
}

const variable = z.string().regex(/^[^\s[\]&=#]+$/, { message: "a variable code has no spaces, brackets, '&', '=' or '#'" });
const value = z.string().min(1).regex(/^[^,]+$/, { message: "a value code cannot hold a comma (commas separate values)" });
const tableIdSchema = z.string().regex(/^[A-Za-z0-9_]{1,64}$/, { message: "a table id is letters, digits or '_' (SSB tables are 5 digits, e.g. 07459)" });
const querySchema = z.record(variable, z.union([value, z.array(value).min(1, { message: "give at least one value (or leave the variable out)" })]));
const optionsSchema = z.strictObject({
  baseUrl: z.url({ protocol: /^https?$/ }).optional(),
  lang: z.string().regex(/^[a-z]{2,3}$/, { message: "a language is a 2- or 3-letter code such as no or en" }).optional(),
  codelist: z.record(variable, z.string().min(1).regex(/^[^,&#]+$/)).optional(),
  outputValues: z.record(variable, z.enum(["aggregated", "single"])).optional(),
});

const problem = (error: z.ZodError, root: string): AdapterError => {
  const first = error.issues[0]!;
  const path = [root, ...first.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
  return new AdapterError("invalid_ssb_request", `invalid ${root}: ${first.message}`, { path });
};

const enc = encodeURIComponent;

/**
 * The URL of a PxWebApi v2 data request for a table and a value selection, always asking for
 * `outputFormat=json-stat2`. Variables are written in the order given; brackets stay literal
 * and codes are percent-encoded, so `*` and `?` keep their meaning as wildcards. A bad table
 * id, variable, value or option is an AdapterError `invalid_ssb_request` naming it.
 *
 * @example
 * ```ts
 * import { ssbDataUrl } from "@opptrapping/adapters/ssb";
 * ssbDataUrl("07459", { Region: ["K-0301", "K-3001"], Tid: "2022" });
 * // "https://data.ssb.no/api/pxwebapi/v2/tables/07459/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=K-0301,K-3001&valueCodes[Tid]=2022"
 * ```
 */
export function ssbDataUrl(tableId: string, query: SsbQuery = {}, options: SsbUrlOptions = {}): string {
  const id = tableIdSchema.safeParse(tableId);
  if (!id.success) throw problem(id.error, "table id");
  const q = querySchema.safeParse(query);
  if (!q.success) throw problem(q.error, "query");
  const o = optionsSchema.safeParse(options);
  if (!o.success) throw problem(o.error, "options");
  const root = (o.data.baseUrl ?? SSB_PXWEBAPI_V2).replace(/\/+$/, "");
  const params = [`lang=${enc(o.data.lang ?? "no")}`, "outputFormat=json-stat2"];
  for (const [name, values] of Object.entries(q.data)) params.push(`valueCodes[${enc(name)}]=${(typeof values === "string" ? [values] : values).map(enc).join(",")}`);
  for (const [name, list] of Object.entries(o.data.codelist ?? {})) params.push(`codelist[${enc(name)}]=${enc(list)}`);
  for (const [name, kind] of Object.entries(o.data.outputValues ?? {})) params.push(`outputValues[${enc(name)}]=${kind}`);
  return `${root}/tables/${enc(id.data)}/data?${params.join("&")}`;
}

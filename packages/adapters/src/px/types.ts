/** A TIMEVAL time scale: year, half-year, tertial, quarter, month, week, day. */
export type PxTimeUnit = "A1" | "H1" | "T1" | "Q1" | "M1" | "W1" | "D1";

/**
 * The value of a keyword, as written:
 * - `text`: one quoted string (continuation lines `"a" "b"` joined);
 * - `list`: comma-separated items (quoted or not), none or two or more;
 * - `word`: one unquoted value (`1`, `YES`, `CODES`, `20130224 20:55`);
 * - `tlist`: a TIMEVAL `TLIST(M1),"2024M01",…` or `TLIST(M1, "2024M01"-"2024M12")`, ranges expanded.
 */
export type PxValue =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly string[] }
  | { readonly kind: "word"; readonly word: string }
  | { readonly kind: "tlist"; readonly unit: PxTimeUnit; readonly periods: readonly string[] };

/** One `KEYWORD[lang]("subkey",…)=value;` entry of a PX file, with where it starts. */
export interface PxEntry {
  /** The keyword in upper case, e.g. `VALUES`. */
  readonly keyword: string;
  /** The language suffix (`VALUES[en]`); absent for the default language. */
  readonly language?: string;
  /** The quoted subkeys: a variable name, a variable and a value, or one code per variable. */
  readonly subkeys: readonly string[];
  readonly value: PxValue;
  readonly line: number;
  readonly column: number;
}

/** A variable (dimension) of the cube, in the file's default language. */
export interface PxVariable {
  /** Its name as in STUB/HEADING, e.g. `statistikkvariabel`. */
  readonly name: string;
  /** Its VARIABLECODE, e.g. `ContentsCode` (the JSON-stat id of the same SSB table). */
  readonly code?: string;
  readonly placement: "stub" | "heading";
  /** Value texts (VALUES), or the TIMEVAL periods when VALUES is absent. */
  readonly values: readonly string[];
  /** Value codes (CODES); absent when the file has none for this variable. */
  readonly codes?: readonly string[];
  /** The TIMEVAL of a time variable. */
  readonly timeval?: { readonly unit: PxTimeUnit; readonly periods: readonly string[] };
}

/** The names and value texts of the variables in another language, aligned with `PxFile.variables`. */
export interface PxTranslation {
  readonly variables: readonly { readonly name?: string; readonly values?: readonly string[]; readonly codes?: readonly string[] }[];
}

/** ATTRIBUTE-ID / ATTRIBUTES: attributes of single cells, keyed by one code per variable. */
export interface PxAttributes {
  readonly ids: readonly string[];
  /** The default attributes (ATTRIBUTES without a key). */
  readonly defaults?: readonly string[];
  /** Attributes by cell key: the cell's codes joined by U+0000, STUB then HEADING. */
  readonly cells: ReadonlyMap<string, readonly string[]>;
}

/**
 * A parsed PX (PC-Axis) file. `data` holds every cell in PX order — STUB variables outer,
 * HEADING variables inner, the last variable fastest — as a number or the missing-value symbol
 * written in the file (`"."` … `"......"`, `"-"`, `":"`); a KEYS (sparse) file is expanded,
 * the rows it leaves out being 0 as the format says.
 */
export interface PxFile {
  /** The CODEPAGE, lower case; `iso-8859-1` when the file declares none. */
  readonly codepage: string;
  /** LANGUAGE: the default language, if declared. */
  readonly language?: string;
  /** LANGUAGES, if declared. */
  readonly languages: readonly string[];
  readonly decimals?: number;
  readonly stub: readonly string[];
  readonly heading: readonly string[];
  /** STUB variables then HEADING variables. */
  readonly variables: readonly PxVariable[];
  /** Language-suffixed STUB/HEADING/VALUES/CODES (`VALUES[en]`), by language. */
  readonly translations: Readonly<Record<string, PxTranslation>>;
  /** KEYS: for each STUB variable of a sparse file, whether its keys are CODES or VALUES. */
  readonly keys?: Readonly<Record<string, "CODES" | "VALUES">>;
  readonly attributes?: PxAttributes;
  /** DATASYMBOL1–6: how each run of dots is presented (`{ "..": "..", "....": ":" }`). */
  readonly dataSymbols: Readonly<Record<string, string>>;
  /** Every keyword entry except DATA, in file order. */
  readonly entries: readonly PxEntry[];
  readonly data: readonly (number | string)[];
}

import { AdapterError } from "../AdapterError.js";
import { listOf, textOf, type EntryLookup } from "./entries.js";
import type { PxEntry, PxTranslation, PxVariable } from "./types.js";

const where = (e: PxEntry, dimension?: string) => ({ line: e.line, column: e.column, ...(dimension !== undefined ? { dimension } : {}) });

/** The cube's variables: STUB then HEADING, each with its VALUES, CODES, VARIABLECODE and TIMEVAL. */
export interface CubeShape {
  readonly stub: readonly string[];
  readonly heading: readonly string[];
  readonly variables: readonly PxVariable[];
}

/**
 * Builds the variables of the cube from STUB, HEADING, VALUES, CODES, TIMEVAL and VARIABLECODE
 * in the default language. A variable without VALUES takes its values from TIMEVAL. Throws
 * `missing_variables` (no STUB nor HEADING), `duplicate_variable`, `missing_values` (a
 * variable without VALUES or TIMEVAL, or with none) and `codes_values_mismatch`.
 *
 * @example
 * ```ts
 * buildVariables(indexEntries(entries, undefined)).variables.map((v) => v.name); // ["region", "år"]
 * ```
 */
export function buildVariables(lookup: EntryLookup): CubeShape {
  const stubEntry = lookup.get("STUB");
  const headingEntry = lookup.get("HEADING");
  if (!stubEntry && !headingEntry) throw new AdapterError("missing_variables", "the file has neither STUB nor HEADING, so no variables");
  const stub = stubEntry ? listOf(stubEntry.value) : [];
  const heading = headingEntry ? listOf(headingEntry.value) : [];
  const seen = new Set<string>();
  const variables = [...stub.map((n) => [n, "stub"] as const), ...heading.map((n) => [n, "heading"] as const)].map(([name, placement]) => {
    const placed = (placement === "stub" ? stubEntry : headingEntry)!;
    if (seen.has(name)) throw new AdapterError("duplicate_variable", `the variable "${name}" is named twice in STUB and HEADING`, where(placed, name));
    seen.add(name);
    const valuesEntry = lookup.get("VALUES", [name]);
    const timevalEntry = lookup.get("TIMEVAL", [name]);
    const timeval = timevalEntry?.value.kind === "tlist" ? { unit: timevalEntry.value.unit, periods: timevalEntry.value.periods } : undefined;
    const values = valuesEntry ? listOf(valuesEntry.value) : timeval?.periods;
    if (!values) throw new AdapterError("missing_values", `${placement.toUpperCase()} names "${name}", but the file has no VALUES("${name}")`, where(placed, name));
    if (values.length === 0) throw new AdapterError("missing_values", `VALUES("${name}") lists no values`, where(valuesEntry ?? placed, name));
    const codesEntry = lookup.get("CODES", [name]);
    const codes = codesEntry ? listOf(codesEntry.value) : undefined;
    if (codesEntry && codes!.length !== values.length)
      throw new AdapterError("codes_values_mismatch", `CODES("${name}") has ${codes!.length} codes but VALUES("${name}") has ${values.length} values`, where(codesEntry, name));
    const code = lookup.get("VARIABLECODE", [name]);
    const variable: PxVariable = {
      name,
      ...(code ? { code: textOf(code.value) } : {}),
      placement,
      values,
      ...(codes ? { codes } : {}),
      ...(timeval ? { timeval } : {}),
    };
    return variable;
  });
  return { stub, heading, variables };
}

/**
 * The language-suffixed names, VALUES and CODES (`STUB[en]`, `VALUES[en]("region")`), aligned
 * by position with the default-language variables. Nothing here is checked: a translation
 * is never used for mapping.
 *
 * @example
 * ```ts
 * buildTranslations(lookup, variables, ["en"]).en?.variables[0]?.values; // ["Oslo", "Bergen"]
 * ```
 */
export function buildTranslations(lookup: EntryLookup, shape: CubeShape, languages: readonly string[]): Record<string, PxTranslation> {
  const out: Record<string, PxTranslation> = Object.create(null) as Record<string, PxTranslation>;
  for (const language of languages) {
    const stub = lookup.get("STUB", [], language);
    const heading = lookup.get("HEADING", [], language);
    const names = [...(stub ? listOf(stub.value) : shape.stub.map(() => undefined)), ...(heading ? listOf(heading.value) : shape.heading.map(() => undefined))];
    out[language] = {
      variables: shape.variables.map((_, i) => {
        const name = names[i];
        const values = name === undefined ? undefined : lookup.get("VALUES", [name], language);
        const codes = name === undefined ? undefined : lookup.get("CODES", [name], language);
        return {
          ...(name !== undefined ? { name } : {}),
          ...(values ? { values: listOf(values.value) } : {}),
          ...(codes ? { codes: listOf(codes.value) } : {}),
        };
      }),
    };
  }
  return out;
}

import { FETCH_HELP } from "./commands/fetchSsb.js";

/** The help texts, one per command. */
export const HELP = {
  main: `opptrapping — where Norway's escalation plan for mental health 2023–2033 stands

Usage:
  opptrapping status [options]        Every result goal's status, the budget, milestones, data gaps
  opptrapping validate FILE           Check a plan (JSON) or a data file; list every problem
  opptrapping convert IN --to FORMAT  Convert a data file between csv, json-stat, px and json
  opptrapping summary [--lang nb|en]  The bundled plan: goals, targets, measures, money, sources
  opptrapping fetch ssb TABLE ...     Fetch an SSB table (PxWebApi v2) into observations
  opptrapping COMMAND --help          Help for a command
  opptrapping --version

Options for every command: --debug (print stack traces)
Exit codes: 0 ok · 1 invalid input or failed validation · 2 usage error
`,
  status: `opptrapping status — evaluate the bundled plan (plus your data) as of a date

Usage: opptrapping status [--as-of DATE] [--data FILE ...] [--format text|md|json|html] [--lang nb|en]

  --as-of DATE         Date or period (2026-01-31, 2026-01); default today. Must lie in 2023–2033.
  --data FILE          A data file to add (repeatable): .csv, .json (observations or JSON-stat),
                       .jsonstat, .px. Read with --mapping, or the format's own layout (as
                       written by "opptrapping convert").
  --mapping FILE       A JSON mapping spec for the data files (see docs/adapters.md)
  --input-format F     Force the data format: csv, json-stat, px, json
  --lenient            Report bad rows as warnings and go on, instead of stopping
  --format F           text (default; fits 80 columns, colours on a terminal unless NO_COLOR
                       is set), md, json, html (one self-contained file with charts)
  --lang nb|en         Language of the report (default nb)
  --out FILE           Write to FILE instead of standard output
`,
  validate: `opptrapping validate — check a plan or a data file and list every problem

Usage: opptrapping validate FILE [--mapping FILE] [--input-format F]

  A .json file with "resultGoals" is checked as a plan (schema and every cross-reference).
  Anything else is read as data (lenient: every bad row is listed) and checked against the
  bundled plan's indicators. Exit code 1 when there is any problem.
`,
  convert: `opptrapping convert — convert a data file

Usage: opptrapping convert IN --to csv|json-stat|px|json [--mapping FILE] [--out FILE]

  --to F               Output format
  --mapping FILE       How IN's dimensions/columns map to observations (default: the layout
                       "convert" itself writes)
  --input-format F     Force IN's format
  --lenient            Skip bad rows with a warning instead of stopping
  --out FILE           Write to FILE instead of standard output
`,
  fetch: FETCH_HELP,
  summary: `opptrapping summary — the bundled plan as text

Usage: opptrapping summary [--lang nb|en]
`,
} as const;

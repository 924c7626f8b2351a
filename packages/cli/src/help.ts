import { FETCH_HELP } from "./commands/fetchSsb.js";

/** The help texts, one per command (a two-word command such as `plan export` has its own). */
export const HELP = {
  main: `opptrapping — where Norway's escalation plan for mental health 2023–2033 stands

Usage:
  opptrapping status [options]        Every result goal's status, the budget, milestones, data gaps
  opptrapping validate FILE           Check a plan (JSON or YAML) or a data file; list every problem
  opptrapping convert IN --to FORMAT  Convert a data file between csv, json-stat, px and json
  opptrapping summary [--lang L]      The bundled plan: goals, targets, measures, money, sources
  opptrapping plan export|schema      The bundled plan as an editable file; its JSON Schema
  opptrapping mappings                The mappings shipped for common SSB downloads
  opptrapping fetch ssb TABLE ...     Fetch an SSB table (PxWebApi v2) into observations
  opptrapping COMMAND --help          Help for a command
  opptrapping --version

Options for every command: --debug (print stack traces)
Exit codes: 0 ok · 1 invalid input or failed validation · 2 usage error
`,
  status: `opptrapping status — evaluate the plan (plus your data) as of a date

Usage: opptrapping status [--as-of DATE] [--plan FILE] [--data FILE ...] [--goal ID ...] [--by LEVEL]
                          [--format text|md|json|html] [--lang nb|nn|en] [--out FILE]

  --as-of DATE         Date or period (2026-01-31, 2026-01); default the plan data's vintage
                       (the day it was recorded: 2026-01-19 for the bundled plan). From the
                       plan's start to its last target deadline (2023–2040 for the bundled
                       plan); later than the vintage, the report says states are "not
                       updated since".
  --plan FILE          Evaluate this plan (JSON or YAML, e.g. from "opptrapping plan export")
                       instead of the bundled one. The bundled data is still used.
  --data FILE          A data file to add (repeatable): .csv, .json (observations or JSON-stat),
                       .jsonstat, .px. Read with --mapping, a shipped mapping when the file has
                       its shape (see "opptrapping mappings"), or the format's own layout.
  --mapping FILE|NAME  A JSON mapping spec for the data files (docs/adapters.md), or the name
                       of a shipped mapping
  --input-format F     Force the data format: csv, json-stat, px, json
  --lenient            Report bad rows as warnings and go on, instead of stopping
  --goal ID            Only this result goal or target (repeatable): R5, R5.phbu
  --by LEVEL           Evaluate each rhf, hf or county on its own figures (or the units below
                       it) instead of the nation: one line per unit
  --format F           text (default; fits 80 columns, colours on a terminal unless NO_COLOR
                       is set), md, json, html (one self-contained page with charts)
  --lang nb|nn|en      Language of the report (default nb)
  --out FILE           Write to FILE instead of standard output
`,
  validate: `opptrapping validate — check a plan or a data file and list every problem

Usage: opptrapping validate FILE [--mapping FILE|NAME] [--input-format F]

  A JSON or YAML file shaped like a plan (most of the plan schema's fields) is checked as a
  plan: the schema and every cross-reference. Anything else is read as data (lenient: every
  bad row is listed; a shipped mapping is used when the file has its shape) and checked
  against the bundled plan's indicators. Exit code 1 when there is any problem.
`,
  convert: `opptrapping convert — convert a data file

Usage: opptrapping convert IN --to csv|json-stat|px|json [--mapping FILE|NAME] [--out FILE]

  --to F               Output format
  --mapping FILE|NAME  How IN's dimensions/columns map to observations (default: a shipped
                       mapping when IN has its shape, else the layout "convert" itself writes)
  --input-format F     Force IN's format
  --lenient            Skip bad rows with a warning instead of stopping
  --out FILE           Write to FILE instead of standard output
`,
  fetch: FETCH_HELP,
  summary: `opptrapping summary — the bundled plan as text

Usage: opptrapping summary [--lang nb|en]
`,
  plan: `opptrapping plan — the plan as a file of your own

Usage:
  opptrapping plan export [--format json|yaml] [--out FILE]   The bundled plan, to edit
  opptrapping plan schema [--out FILE]                        The plan's JSON Schema

Evaluate your edited plan with: opptrapping status --plan FILE
`,
  "plan export": `opptrapping plan export — write the bundled plan as an editable file

Usage: opptrapping plan export [--format json|yaml] [--out FILE]

  --format F           json (default) or yaml
  --out FILE           Write to FILE instead of standard output

"opptrapping status --plan FILE" on the exported file gives the same result as the bundled plan.
`,
  "plan schema": `opptrapping plan schema — print the plan's JSON Schema (draft 2020-12)

Usage: opptrapping plan schema [--out FILE]

  Made from the library's own zod schemas; editors use it to check and complete plan files.
`,
  mappings: `opptrapping mappings — the mappings shipped for common downloads

Usage: opptrapping mappings [--show NAME]

  Lists each shipped mapping and the download it fits; --show prints one as JSON, to copy
  and adapt. A file with a shipped mapping's shape is read with it when no --mapping is given.
`,
} as const;

// Types for the parts of jsonstat-toolkit 2.2.2 the JSON-stat benchmark uses (the package ships none).
declare module "jsonstat-toolkit" {
  interface TableOptions {
    readonly type?: "array" | "object" | "arrobj";
    readonly content?: "label" | "id";
    readonly status?: boolean;
    readonly field?: "label" | "id";
  }
  interface Dataset {
    toTable(options: TableOptions & { readonly type: "arrobj" }): Record<string, unknown>[];
  }
  interface Bundle {
    Dataset(index: number): Dataset;
  }
  export default function JSONstat(input: object): Bundle;
}

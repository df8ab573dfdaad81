/** One way a query part can be present in a resource: all of `terms`, counted at `weight`. */
export interface Alternative {
  terms: string[];
  weight: number;
}

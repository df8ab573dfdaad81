// citation.js ships no type declarations; these cover what src/features/resources/cite-formats.ts uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(name: string, options?: Record<string, unknown>): unknown;
  }
  export const plugins: { config: { get(name: string): unknown } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';

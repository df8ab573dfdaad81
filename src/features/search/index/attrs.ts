/** What filtering, facets and date or title order need of one indexed resource. */
export interface IndexedAttrs {
  id: number;
  /** Publication date, `YYYY-MM-DD`. */
  published: string;
  type: number;
  language: string;
  audience: string;
  /** A published resource replaces it. */
  superseded: boolean;
  topics: number[];
  projects: number[];
  /** The title's sort key (code-point order). */
  sortTitle: string;
}

type Packed = [number, string, number, string, string, 0 | 1, number[], number[], string];

/** A block of attributes as stored (compact JSON arrays). */
export function encodeAttrs(docs: IndexedAttrs[]): string {
  return JSON.stringify(docs.map((d): Packed => [d.id, d.published, d.type, d.language, d.audience, d.superseded ? 1 : 0, d.topics, d.projects, d.sortTitle]));
}

/** A stored block of attributes, read. */
export function decodeAttrs(data: string): IndexedAttrs[] {
  return (JSON.parse(data) as Packed[]).map(([id, published, type, language, audience, superseded, topics, projects, sortTitle]) => ({
    id, published, type, language, audience, superseded: superseded === 1, topics, projects, sortTitle,
  }));
}

import { decodeAttrs, type IndexedAttrs } from './attrs.ts';
import { BUCKET_SIZE } from './postings.ts';

/** Reads attribute blocks from the database. */
export interface AttrSource {
  versions(): Promise<{ bucket: number; version: number }[]>;
  blocks(buckets: number[]): Promise<{ bucket: number; version: number; data: string }[]>;
}

/**
 * What filters and facets need of every indexed resource, held by each app node in arrays indexed
 * by resource id (a few bytes a resource: ~3 MB at 100,000). Kept in step with the database block
 * by block: a node reloads only the blocks whose version changed since it last looked.
 */
export class AttrTable {
  present = new Uint8Array(0);
  /** Publication date as YYYYMMDD. */
  published = new Int32Array(0);
  type = new Int32Array(0);
  language = new Uint16Array(0);
  audience = new Uint16Array(0);
  superseded = new Uint8Array(0);
  topics: (number[] | undefined)[] = [];
  projects: (number[] | undefined)[] = [];
  sortTitle: (string | undefined)[] = [];
  /** Distinct values of language and audience, by the numbers stored above. */
  readonly languages: string[] = [];
  readonly audiences: string[] = [];
  /** How many resources are indexed. */
  count = 0;
  /** The largest type and topic ids seen (for counting facets in arrays). */
  maxType = 0;
  maxTopic = 0;
  private readonly versions = new Map<number, number>();
  private syncing: Promise<void> | undefined;

  /** Brings the table up to date with the stored blocks (concurrent callers share one reload). */
  sync(source: AttrSource): Promise<void> {
    this.syncing ??= this.reload(source).finally(() => { this.syncing = undefined; });
    return this.syncing;
  }

  /** The number standing for a language or audience value (added when new). */
  code(list: string[], value: string): number {
    let index = list.indexOf(value);
    if (index < 0) index = list.push(value) - 1;
    return index;
  }

  private async reload(source: AttrSource): Promise<void> {
    const current = await source.versions();
    const live = new Set(current.map((v) => v.bucket));
    for (const bucket of [...this.versions.keys()]) {
      if (!live.has(bucket)) {
        this.clearBucket(bucket);
        this.versions.delete(bucket);
      }
    }
    const stale = current.filter((v) => this.versions.get(v.bucket) !== v.version).map((v) => v.bucket);
    for (let i = 0; i < stale.length; i += 200) {
      for (const block of await source.blocks(stale.slice(i, i + 200))) {
        this.clearBucket(block.bucket);
        for (const doc of decodeAttrs(block.data)) this.set(doc);
        this.versions.set(block.bucket, block.version);
      }
    }
  }

  private clearBucket(bucket: number): void {
    const end = Math.min((bucket + 1) * BUCKET_SIZE, this.present.length);
    for (let id = bucket * BUCKET_SIZE; id < end; id++) {
      if (this.present[id]) this.count -= 1;
      this.present[id] = 0;
      this.topics[id] = this.projects[id] = this.sortTitle[id] = undefined;
    }
  }

  private set(doc: IndexedAttrs): void {
    this.ensureCapacity(doc.id + 1);
    if (!this.present[doc.id]) this.count += 1;
    this.present[doc.id] = 1;
    this.published[doc.id] = Number(doc.published.replaceAll('-', ''));
    this.type[doc.id] = doc.type;
    this.language[doc.id] = this.code(this.languages, doc.language);
    this.audience[doc.id] = this.code(this.audiences, doc.audience);
    this.superseded[doc.id] = doc.superseded ? 1 : 0;
    this.topics[doc.id] = doc.topics;
    if (doc.type > this.maxType) this.maxType = doc.type;
    for (const topic of doc.topics) if (topic > this.maxTopic) this.maxTopic = topic;
    this.projects[doc.id] = doc.projects;
    this.sortTitle[doc.id] = doc.sortTitle;
  }

  private ensureCapacity(size: number): void {
    if (size <= this.present.length) return;
    const capacity = Math.max(size, Math.ceil(this.present.length * 1.5), BUCKET_SIZE);
    const grow = <T extends Uint8Array | Uint16Array | Int32Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.present = grow(this.present, (n) => new Uint8Array(n));
    this.published = grow(this.published, (n) => new Int32Array(n));
    this.type = grow(this.type, (n) => new Int32Array(n));
    this.language = grow(this.language, (n) => new Uint16Array(n));
    this.audience = grow(this.audience, (n) => new Uint16Array(n));
    this.superseded = grow(this.superseded, (n) => new Uint8Array(n));
  }
}

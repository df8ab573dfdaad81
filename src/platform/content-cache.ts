interface Entry<T> {
  generation: number;
  value: T;
}

/**
 * A small in-process cache whose entries are valid for one content generation.
 * Bounded by entry count; the oldest entry goes first.
 */
export class GenerationCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  constructor(private readonly maxEntries = 500) {}

  /** Computations in flight, so that concurrent misses of one key share a single one. */
  private readonly computing = new Map<string, { generation: number; value: Promise<T> }>();

  /**
   * Returns the cached value for `key` at `generation`, computing and storing it when missing or
   * stale. Requests that miss the same key at once wait for one computation instead of each
   * starting its own: under load (16 connections on a fresh generation) every visitor of a new
   * search used to run its own facet queries, queueing the pool behind copies of the same work.
   */
  async get(key: string, generation: number, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.generation === generation) return hit.value;
    const running = this.computing.get(key);
    if (running && running.generation === generation) return running.value;
    const value = compute();
    this.computing.set(key, { generation, value });
    try {
      const result = await value;
      this.set(key, generation, result);
      return result;
    } finally {
      if (this.computing.get(key)?.value === value) this.computing.delete(key);
    }
  }

  /** The value cached for `key` at `generation`, or undefined. */
  peek(key: string, generation: number): T | undefined {
    const hit = this.entries.get(key);
    return hit && hit.generation === generation ? hit.value : undefined;
  }

  /** The value last stored for `key`, of whatever generation (a stale copy), or undefined. */
  peekAny(key: string): T | undefined {
    return this.entries.get(key)?.value;
  }

  /** Stores a value for `key` at `generation`, evicting the oldest entry past the bound. */
  set(key: string, generation: number, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, { generation, value });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}

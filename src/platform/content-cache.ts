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

  /** Returns the cached value for `key` at `generation`, computing and storing it when missing or stale. */
  async get(key: string, generation: number, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.generation === generation) return hit.value;
    const value = await compute();
    this.set(key, generation, value);
    return value;
  }

  /** The value cached for `key` at `generation`, or undefined. */
  peek(key: string, generation: number): T | undefined {
    const hit = this.entries.get(key);
    return hit && hit.generation === generation ? hit.value : undefined;
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

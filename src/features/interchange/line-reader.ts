/** One physical line of a JSON Lines file. */
export interface Line {
  /** 1-based line number, counting blank lines, as an editor shows it. */
  number: number;
  /** The line without its line break, or null when it could not be read (see `problem`). */
  text: string | null;
  problem?: string;
  /** Bytes of the file consumed up to and including this line's line break. */
  end: number;
}

/**
 * Splits a byte stream into lines. Unlike node:readline, a line longer than `maxBytes` is
 * skipped as it streams past instead of being collected first, so a file without line
 * breaks cannot exhaust memory; invalid UTF-8 is reported instead of turning into U+FFFD.
 */
export async function* readLines(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Buffer[] = [];
  let pending = 0;
  let overflow = false;
  let number = 0;
  let offset = 0;

  const finish = (segment: Buffer, end: number): Line => {
    number++;
    const length = pending + segment.length;
    if (overflow || length > maxBytes) {
      return { number, text: null, problem: `line is longer than ${formatBytes(maxBytes)} (${overflow ? 'more than that' : formatBytes(length)})`, end };
    }
    const bytes = parts.length ? Buffer.concat([...parts, segment], length) : segment;
    try {
      let text = decoder.decode(bytes);
      if (text.endsWith('\r')) text = text.slice(0, -1);
      return { number, text, end };
    } catch {
      return { number, text: null, problem: 'line is not valid UTF-8', end };
    }
  };
  const reset = () => {
    parts = [];
    pending = 0;
    overflow = false;
  };

  for await (const chunk of chunks) {
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(10, start);
      if (newline === -1) {
        const rest = chunk.subarray(start);
        if (!overflow && pending + rest.length > maxBytes) {
          overflow = true;
          parts = [];
        }
        if (!overflow && rest.length) {
          // Copy: a slice would pin the whole read buffer for as long as the line is pending.
          parts.push(Buffer.from(rest));
          pending += rest.length;
        }
        offset += rest.length;
        break;
      }
      const segment = chunk.subarray(start, newline);
      offset += segment.length + 1;
      yield finish(segment, offset);
      reset();
      start = newline + 1;
    }
  }
  if (pending > 0 || overflow) yield finish(Buffer.alloc(0), offset);
}

/** "2 MB", "512 KB", "17 bytes". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

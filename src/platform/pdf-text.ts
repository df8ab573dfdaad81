import { BudgetExceededError, BudgetedPool } from './worker-pool.ts';
import type { PdfTextResult, PdfTextTask } from './pdf-text.worker.ts';

/**
 * An attachment whose text is not wholly searchable: 'partial' when only its first pages were
 * kept (page or length limit), 'not_indexed' when reading it ran over the time or memory budget.
 */
export type AttachmentTextState = 'partial' | 'not_indexed';

/** Text kept per attachment for search; a longer text is cut here (the PDF itself is kept whole). */
export const MAX_TEXT_CHARS = 1_000_000;

/** Pages read per PDF; the text of later pages is not indexed (the PDF is kept whole). */
export const MAX_PDF_PAGES = 2_000;

/** Separates pages in the stored text, as pdftotext does: page N is `text.split('\f')[N - 1]`. */
export const PAGE_BREAK = '\f';

/** Wall-clock time one PDF may take to read, unless the caller says otherwise (PDF_TEXT_TIMEOUT_MS). */
export const DEFAULT_PDF_TIMEOUT_MS = 30_000;

/**
 * pdf.js runs in a worker thread with a memory limit: a hostile 2 KB PDF of nested form
 * XObjects ran for minutes, and a 2.5 MB one took 5 GB, on the server's own thread. One thread:
 * uploads and imports read one PDF at a time; others wait their turn (up to a minute).
 */
const pool = new BudgetedPool<PdfTextTask, PdfTextResult>(new URL('./pdf-text.worker.ts', import.meta.url), {
  timeoutMs: DEFAULT_PDF_TIMEOUT_MS, memoryMb: 512, threads: 1, queue: 16, startWithinMs: 60_000,
});

/** A PDF that cannot be read at all: damaged, password-protected, not a PDF after all. */
export class PdfUnreadableError extends Error {
  override name = 'PdfUnreadableError';
  constructor(readonly reason: 'password' | 'unreadable', message: string) {
    super(message);
  }
}

/** What extraction gives for search: the text, pages separated by `\f`, and how complete it is. */
export interface PdfText {
  /** Null when nothing could be indexed (over budget, or no text at all). */
  text: string | null;
  /** Null when the whole text was read; see AttachmentTextState. */
  state: AttachmentTextState | null;
  /** Why the state is not null, in English, for logs and the importer's warnings. */
  note?: string;
}

/**
 * The text of a PDF for the search index, page by page (pages joined by `\f`), read in a worker
 * thread within a time, memory and page budget. A PDF over the time or memory budget gives
 * `{ text: null, state: 'not_indexed' }`; one over the page or length limit its first pages and
 * 'partial'. Throws PdfUnreadableError when pdf.js cannot open the document at all.
 */
export async function extractPdfText(data: Uint8Array, options: { timeoutMs?: number; signal?: AbortSignal; maxPages?: number } = {}): Promise<PdfText> {
  let result: PdfTextResult;
  try {
    result = await pool.run({ data, maxPages: options.maxPages ?? MAX_PDF_PAGES, maxChars: MAX_TEXT_CHARS }, options);
  } catch (err) {
    if (err instanceof BudgetExceededError && err.reason !== 'cancelled') {
      return { text: null, state: 'not_indexed', note: `its text was not indexed: reading it ${err.reason === 'busy' ? 'had to wait too long' : err.message}` };
    }
    throw err;
  }
  if (!result.ok) throw new PdfUnreadableError(result.reason, result.message);
  let text = result.pages.join(PAGE_BREAK);
  let state: AttachmentTextState | null = result.truncated ? 'partial' : null;
  if (text.length > MAX_TEXT_CHARS) {
    text = text.slice(0, MAX_TEXT_CHARS);
    state = 'partial';
  }
  const note = state === 'partial' ? `only its first ${result.pages.length} of ${result.numPages} pages are indexed` : undefined;
  return { text: result.pages.some((page) => page !== '') ? text : null, state, note };
}

/** Stops the extraction thread (at shutdown). */
export function closePdfWorkers(): Promise<void> {
  return pool.close();
}

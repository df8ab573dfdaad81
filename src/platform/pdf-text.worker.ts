/**
 * The worker-thread half of PDF text extraction (pdf-text.ts runs it with a time and memory
 * budget): pdf.js reads the document page by page, up to `maxPages` pages and `maxChars`
 * characters, and returns each page's text. Runs only inside a BudgetedPool worker; pdf.js is
 * loaded when the thread starts (about a second), so that time is not part of a task's budget.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';

// pdf.js parses in this thread (its "fake worker"); handing it the parser module now saves it
// importing it during the first task.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

export interface PdfTextTask {
  data: Uint8Array;
  maxPages: number;
  maxChars: number;
}

/** Each page's text (the first `maxPages`), and whether the document had more than was read. */
export type PdfTextResult =
  | { ok: true; pages: string[]; numPages: number; truncated: boolean }
  | { ok: false; reason: 'password' | 'unreadable'; message: string };

export default async function extract(task: PdfTextTask): Promise<PdfTextResult> {
  const loading = getDocument({
    data: task.data,
    // No eval: the PDF is untrusted input and pdf.js would otherwise compile font programs.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const doc = await loading.promise;
    const pages: string[] = [];
    let length = 0;
    let truncated = doc.numPages > task.maxPages;
    for (let n = 1; n <= Math.min(doc.numPages, task.maxPages); n++) {
      if (length >= task.maxChars) {
        truncated = true;
        break;
      }
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str;
        if (item.hasEOL) text += '\n';
      }
      page.cleanup();
      const trimmed = text.trim();
      pages.push(trimmed);
      length += trimmed.length + 1;
    }
    return { ok: true, pages, numPages: doc.numPages, truncated };
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    if (name === 'PasswordException') return { ok: false, reason: 'password', message: 'the PDF is password-protected' };
    return { ok: false, reason: 'unreadable', message: `pdf.js cannot read it (${err instanceof Error ? err.message : String(err)})` };
  } finally {
    await loading.destroy();
  }
}

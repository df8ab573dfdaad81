/** Text kept per attachment for search; a longer text is cut here (the PDF itself is kept whole). */
export const MAX_TEXT_CHARS = 1_000_000;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

/**
 * Loaded on first use: pdf.js takes about a second to load, and most imports carry no files.
 * The legacy build is the one that runs on Node; without a worker file configured it parses
 * in this thread (its "fake worker"), which is what a CLI wants.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/**
 * The text of a PDF, page by page, for the search index. Throws with a readable message when
 * pdf.js cannot open the document (damaged, password-protected, not a PDF after all).
 */
export async function extractPdfText(data: Uint8Array): Promise<string> {
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    data,
    // No eval: the PDF is untrusted input and pdf.js would otherwise compile font programs.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    let length = 0;
    for (let n = 1; n <= doc.numPages && length < MAX_TEXT_CHARS; n++) {
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
      if (trimmed) {
        pages.push(trimmed);
        length += trimmed.length + 2;
      }
    }
    return pages.join('\n\n').slice(0, MAX_TEXT_CHARS);
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    if (name === 'PasswordException') throw new Error('the PDF is password-protected');
    throw new Error(`pdf.js cannot read it (${err instanceof Error ? err.message : String(err)})`);
  } finally {
    await task.destroy();
  }
}

/**
 * Small PDFs built byte by byte: ones that are expensive to read, for tests of the extraction
 * budget, and plain pages of text (`pagesPdf`, behind the factories' `minimalPdf`). Each is a
 * valid PDF with a correct cross-reference table.
 */

function assemble(objects: string[]): Uint8Array<ArrayBuffer> {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

const stream = (dict: string, content: string) => `<< ${dict} /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;

/**
 * One page drawing a form XObject that draws the next one `fanOut` times, `depth` levels deep,
 * the last one showing a word: fanOut^depth words from a ~2 KB file (4^12 ≈ 16 million). No
 * cycle, so a reader's recursion check does not stop it; only a budget does.
 */
export function nestedXObjectPdf(depth = 12, fanOut = 4): Uint8Array<ArrayBuffer> {
  // 1 catalog, 2 pages, 3 page, 4 font, 5 page contents, 6.. the XObjects.
  const first = 6;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> /XObject << /X0 ${first} 0 R >> >> /Contents 5 0 R >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    stream('', '/X0 Do'),
  ];
  for (let level = 0; level <= depth; level++) {
    const resources = level < depth
      ? `/Resources << /Font << /F1 4 0 R >> /XObject << /X${level + 1} ${first + level + 1} 0 R >> >>`
      : '/Resources << /Font << /F1 4 0 R >> >>';
    const content = level < depth ? Array.from({ length: fanOut }, () => `/X${level + 1} Do`).join(' ') : 'BT /F1 12 Tf 72 720 Td (deep) Tj ET';
    objects.push(stream(`/Type /XObject /Subtype /Form /BBox [0 0 612 792] ${resources}`, content));
  }
  return assemble(objects);
}

/** A PDF of `pages` pages, each showing `Page N` (for the page limit). */
export function manyPagesPdf(pages: number): Uint8Array<ArrayBuffer> {
  // 1 catalog, 2 pages, 3 font, then per page: the page and its contents.
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  const kids: string[] = [];
  for (let n = 1; n <= pages; n++) {
    const pageId = objects.length + 1;
    kids.push(`${pageId} 0 R`);
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>`);
    objects.push(stream('', `BT /F1 12 Tf 72 720 Td (Page ${n} text) Tj ET`));
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  return assemble(objects);
}

/** A PDF whose pages show the given texts, one page each. */
export function pagesPdf(texts: string[]): Uint8Array<ArrayBuffer> {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  const kids: string[] = [];
  for (const text of texts) {
    const pageId = objects.length + 1;
    kids.push(`${pageId} 0 R`);
    const escaped = text.replace(/[\\()]/g, (m) => `\\${m}`);
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>`);
    objects.push(stream('', `BT /F1 12 Tf 72 720 Td (${escaped}) Tj ET`));
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${texts.length} >>`;
  return assemble(objects);
}

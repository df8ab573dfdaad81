/**
 * A small writer of text-only PDF 1.4 documents in the standard Helvetica font (no embedded font,
 * WinAnsiEncoding), used to give the demo site's attachments real files. It lays out blocks of
 * plain text, wraps them to the page width with Helvetica's own glyph widths, and returns the text
 * as pdf.js extracts it, so the seed need not parse what it has just written.
 */

/** Helvetica's advance widths (1/1000 em) for WinAnsi codes 32–255, from the font's AFM metrics. */
const HELVETICA_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
  556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 350,
  556, 350, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 350, 611, 350, 350, 222, 222, 333, 333, 350, 556, 1000,
  333, 1000, 500, 333, 944, 350, 500, 667, 278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333,
  400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611, 667, 667, 667, 667, 667, 667, 1000, 722,
  667, 667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
  556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278, 556, 556, 556, 556, 556, 556, 556, 584,
  611, 556, 556, 556, 556, 500, 556, 500,
];

/** The characters WinAnsiEncoding places at 0x80–0x9F (where Latin-1 has control codes). */
const WIN_ANSI_HIGH: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b,
  'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99,
  'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** Common characters outside WinAnsi, spelled with ones inside it rather than dropped. */
const SUBSTITUTES: Record<string, string> = {
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2212': '-', '\u2032': "'", '\u2033': '"', '\u2192': '->', '\u2190': '<-',
  '\u2264': '<=', '\u2265': '>=', '\u2260': '!=',
};

/** The WinAnsi code of one character, or undefined when WinAnsi lacks it. */
function winAnsiCode(ch: string): number | undefined {
  const high = WIN_ANSI_HIGH[ch];
  if (high !== undefined) return high;
  const cp = ch.codePointAt(0)!;
  // 0xA0 (no-break space), 0xAD (soft hyphen) and 0xB5 (micro) are left out: pdf.js rewrites
  // them on extraction, and the text returned must be exactly what pdf.js reads back.
  if ((cp >= 0x20 && cp <= 0x7e) || (cp > 0xa0 && cp <= 0xff && cp !== 0xad && cp !== 0xb5)) return cp;
  return undefined;
}

/**
 * `text` reduced to characters Helvetica can show through WinAnsiEncoding: whitespace collapsed
 * to single spaces, a few symbols spelled out, accents kept where WinAnsi has the letter and
 * stripped where it does not (ā → a), anything else dropped.
 */
export function toWinAnsiText(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text.replace(/ {2,}/g, ' ').trim();
  let out = '';
  for (const ch of text.replace(/\s+/gu, ' ')) {
    if (winAnsiCode(ch) !== undefined) out += ch;
    else if (SUBSTITUTES[ch]) out += SUBSTITUTES[ch];
    else {
      const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
      if ([...base].every((c) => winAnsiCode(c) !== undefined)) out += base;
    }
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

/** Width in points of WinAnsi-clean `text` set in Helvetica at `size`. */
export function textWidth(text: string, size: number): number {
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    units += HELVETICA_WIDTHS[(c >= 0x20 && c <= 0x7e ? c : winAnsiCode(text[i]) ?? 0x20) - 32];
  }
  return (units * size) / 1000;
}

/** A PDF literal string: WinAnsi bytes, with ( ) \ escaped and bytes past ASCII as octal escapes. */
export function pdfString(text: string): string {
  let out = '(';
  for (const ch of text) {
    const code = winAnsiCode(ch) ?? 0x3f;
    if (ch === '(' || ch === ')' || ch === '\\') out += `\\${ch}`;
    else if (code > 0x7e) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += ch;
  }
  return `${out})`;
}

/** Breaks WinAnsi-clean text into lines no wider than `width` points, at spaces where it can. */
export function wrapText(text: string, size: number, width: number, indent = 0): string[] {
  const lines: string[] = [];
  const space = textWidth(' ', size);
  let line = '';
  let lineWidth = 0;
  const room = () => width - (lines.length ? indent : 0);
  for (const word of text.split(' ').filter(Boolean)) {
    // Widths are summed word by word rather than re-measured per candidate line: wrapping every
    // demo document runs on every seed, and the seed runs for every test database.
    const wordWidth = textWidth(word, size);
    if (line && lineWidth + space + wordWidth <= room()) {
      line += ` ${word}`;
      lineWidth += space + wordWidth;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    lineWidth = wordWidth;
    // A word wider than the line (a long URL) is cut where it overflows.
    while (lineWidth > room()) {
      let cut = 1;
      while (cut < line.length - 1 && textWidth(line.slice(0, cut + 1), size) <= room()) cut++;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
      lineWidth = textWidth(line, size);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A paragraph, heading or list item to lay out. */
export interface TextBlock {
  text: string;
  /** Font size in points. */
  size: number;
  /** Extra space above, in points. */
  spaceBefore?: number;
  /** Left indent of every line after the first (hanging indent for list items), in points. */
  hangingIndent?: number;
}

export interface PdfLayout {
  blocks: TextBlock[];
  /** Pages to fill at most; blocks that do not fit are left out (a block is never split across pages' end). */
  maxPages: number;
  /** The document title for the Info dictionary. */
  title: string;
  /** A small line at the foot of each page. */
  footer: (page: number, pages: number) => string;
}

export interface WrittenPdf {
  data: Uint8Array;
  /** The text as pdf.js's extractor (interchange/pdf-text.ts) returns it: lines joined by "\n", pages by "\f". */
  text: string;
}

const PAGE = { width: 612, height: 792, margin: 72, footerY: 40, footerSize: 8 };

interface Placed { text: string; size: number; x: number; y: number }

/** Lays the blocks out on pages, in order, until they end or `maxPages` are full. */
function paginate(layout: PdfLayout): Placed[][] {
  const width = PAGE.width - 2 * PAGE.margin;
  const pages: Placed[][] = [[]];
  let y = PAGE.height - PAGE.margin;
  for (const block of layout.blocks) {
    const text = toWinAnsiText(block.text);
    if (!text) continue;
    const lines = wrapText(text, block.size, width, block.hangingIndent ?? 0);
    const leading = block.size * 1.35;
    const empty = !pages.at(-1)!.length;
    const above = empty ? 0 : block.spaceBefore ?? 0;
    if (!empty && y - above - lines.length * leading < PAGE.margin) {
      if (pages.length === layout.maxPages) break;
      pages.push([]);
      y = PAGE.height - PAGE.margin;
    } else y -= above;
    lines.forEach((line, i) => {
      y -= leading;
      if (y < PAGE.margin) return; // only a block longer than a whole page gets here; its tail is cut
      pages.at(-1)!.push({ text: line, size: block.size, x: PAGE.margin + (i ? block.hangingIndent ?? 0 : 0), y });
    });
  }
  return pages;
}

/** `text` as a UTF-16BE hex string with a byte-order mark, the PDF form for any Unicode text. */
function utf16Hex(text: string): string {
  const bytes = Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
  return `<${bytes.toString('hex').toUpperCase()}>`;
}

/**
 * A complete, valid PDF 1.4 document showing the blocks in Helvetica, one content stream per page,
 * with a byte-exact cross-reference table. Deterministic: no dates or ids, so the same content
 * always gives the same bytes.
 */
export function writeTextPdf(layout: PdfLayout): WrittenPdf {
  const pages = paginate(layout);
  const pageTexts: string[] = [];
  const streams = pages.map((placed, index) => {
    const footer = wrapText(toWinAnsiText(layout.footer(index + 1, pages.length)), PAGE.footerSize, PAGE.width - 2 * PAGE.margin);
    const all = [...placed, ...footer.map((text, i) => ({
      text, size: PAGE.footerSize, x: PAGE.margin, y: PAGE.footerY + (footer.length - 1 - i) * PAGE.footerSize * 1.35,
    }))];
    pageTexts.push(all.map((l) => l.text).join('\n'));
    let size = 0;
    const ops = ['BT'];
    for (const l of all) {
      if (l.size !== size) ops.push(`/F1 ${(size = l.size)} Tf`);
      ops.push(`1 0 0 1 ${l.x.toFixed(2)} ${l.y.toFixed(2)} Tm ${pdfString(l.text)} Tj`);
    }
    ops.push('ET');
    return ops.join('\n');
  });

  // Objects: 1 catalog, 2 page tree, 3 font, 4 info, then per page its page object and its stream.
  const firstPage = 5;
  const kids = pages.map((_, i) => `${firstPage + 2 * i} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Title ${utf16Hex(layout.title)} /Producer (Haven demo content) >>`,
  ];
  streams.forEach((stream, i) => {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${firstPage + 2 * i + 1} 0 R >>`);
    objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  });

  // One character is one byte: content is ASCII (octal escapes above) and the only other bytes
  // are the binary-marker comment, written as latin1. So string offsets are byte offsets.
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return { data: new Uint8Array(Buffer.from(out, 'latin1')), text: pageTexts.join('\f') };
}

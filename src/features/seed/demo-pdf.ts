import type { DemoAttachment, DemoResource } from './demo/types.ts';
import { textWidth, writeTextPdf, type TextBlock, type WrittenPdf } from './pdf-writer.ts';

/** A piece of a Markdown body, reduced to plain text. */
export interface PlainBlock {
  kind: 'heading' | 'paragraph' | 'item';
  text: string;
}

/** Markdown inline syntax reduced to its text: links and images keep their words, markers go. */
export function plainInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?!\s)(.+?)\*(?!\w)/g, '$1$2')
    .replace(/(^|\W)_(?!\s)(.+?)_(?!\w)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .trim();
}

const LIST_ITEM = /^\s*([-*+]|\d+[.)])\s+(.*)$/;
const TABLE_RULE = /^\|?[\s:|-]+\|?$/;

/**
 * The blocks of a Markdown body as plain text, in order: headings, paragraphs, and list items
 * (bullets become "•", numbers stay). Table rows become one item each, cells joined by " · ".
 */
export function markdownBlocks(markdown: string): PlainBlock[] {
  const blocks: PlainBlock[] = [];
  let current: PlainBlock | null = null;
  const flush = () => {
    if (current) {
      const text = plainInline(current.text);
      if (text) blocks.push({ ...current, text });
    }
    current = null;
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    const item = LIST_ITEM.exec(line);
    if (!line.trim()) flush();
    else if (heading) {
      flush();
      blocks.push({ kind: 'heading', text: plainInline(heading[1].replace(/\s#+$/, '')) });
    } else if (line.trimStart().startsWith('|')) {
      flush();
      if (TABLE_RULE.test(line.trim())) continue;
      const cells = line.trim().replace(/^\||\|$/g, '').split('|').map((c) => plainInline(c)).filter(Boolean);
      if (cells.length) blocks.push({ kind: 'item', text: cells.join(' · ') });
    } else if (item) {
      flush();
      current = { kind: 'item', text: `${/\d/.test(item[1]) ? item[1] : '•'} ${item[2]}` };
    } else if (current) current.text += ` ${line.trim().replace(/^>\s?/, '')}`;
    else current = { kind: 'paragraph', text: line.trim().replace(/^>\s?/, '') };
  }
  flush();
  return blocks;
}

const LABELS = {
  en: {
    published: (date: string) => `Published ${date}`,
    updated: (date: string) => `updated ${date}`,
    footer: (file: string, page: number, pages: number) =>
      `Haven demo content, written for the Haven project and licensed with it. ${file} · page ${page} of ${pages}`,
  },
  es: {
    published: (date: string) => `Publicado el ${date}`,
    updated: (date: string) => `actualizado el ${date}`,
    footer: (file: string, page: number, pages: number) =>
      `Contenido de demostración de Haven, escrito para el proyecto Haven y con su misma licencia. ${file} · página ${page} de ${pages}`,
  },
};

const SIZE = { title: 16, subtitle: 12, meta: 9, summary: 11, heading: 12, body: 10 };

/**
 * The demo document behind one attachment: the resource's title, the attachment's title, the
 * dates, the summary, then the body's opening blocks as far as two Letter pages hold them, in the
 * resource's own language. Deterministic, so every seed gives every attachment the same bytes.
 */
export function demoAttachmentPdf(resource: DemoResource, attachment: DemoAttachment): WrittenPdf {
  // The same demo objects always give the same document, and test runs seed many databases in
  // one process: lay each one out once.
  let forResource = made.get(resource);
  if (!forResource) made.set(resource, forResource = new WeakMap());
  let pdf = forResource.get(attachment);
  if (!pdf) forResource.set(attachment, pdf = layOut(resource, attachment));
  return pdf;
}

const made = new WeakMap<DemoResource, WeakMap<DemoAttachment, WrittenPdf>>();

function layOut(resource: DemoResource, attachment: DemoAttachment): WrittenPdf {
  const labels = LABELS[resource.language];
  const dates = [labels.published(resource.publishedOn), ...(resource.updatedOn ? [labels.updated(resource.updatedOn)] : [])].join(', ');
  const bullet = textWidth('• ', SIZE.body);
  const blocks: TextBlock[] = [
    { text: resource.title, size: SIZE.title },
    { text: attachment.title, size: SIZE.subtitle, spaceBefore: 4 },
    { text: dates, size: SIZE.meta, spaceBefore: 4 },
    { text: resource.summary, size: SIZE.summary, spaceBefore: 12 },
    ...markdownBlocks(resource.body).map((b): TextBlock => (
      b.kind === 'heading' ? { text: b.text, size: SIZE.heading, spaceBefore: 12 }
        : b.kind === 'item' ? { text: b.text, size: SIZE.body, spaceBefore: 3, hangingIndent: bullet }
          : { text: b.text, size: SIZE.body, spaceBefore: 7 }
    )),
  ];
  return writeTextPdf({
    blocks, maxPages: 2, title: `${resource.title}: ${attachment.title}`,
    footer: (page, pages) => labels.footer(attachment.filename, page, pages),
  });
}

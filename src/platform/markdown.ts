import crypto from 'node:crypto';
import { BudgetExceededError, BudgetedPool } from './worker-pool.ts';

/** Longest Markdown text rendered; bodies are limited to 500,000 characters when saved. */
export const MAX_MARKDOWN_CHARS = 500_000;

/**
 * Markdown is rendered in worker threads: marked has inputs that take quadratic time, and a
 * render over its budget must cost a worker, not every visitor's request. Two threads, so one
 * slow render does not hold up the next page; 3 s is ~15× what a 500,000-character body takes.
 */
const pool = new BudgetedPool<string, string>(new URL('./markdown.render.ts', import.meta.url), {
  timeoutMs: 3_000, memoryMb: 256, threads: 2, warmThreads: 1, queue: 64, startWithinMs: 10_000,
});

/** Rendered bodies by the hash of their Markdown: a body renders once, not on every cache miss. */
const rendered = new Map<string, RenderedMarkdown>();
let renderedChars = 0;
const MAX_RENDERED_CHARS = 8 * 1024 * 1024;

/** The HTML of a Markdown text, and whether it could be formatted within the budget. */
export interface RenderedMarkdown {
  html: string;
  /** False when formatting ran over budget and the text is shown as plain paragraphs instead. */
  formatted: boolean;
}

/**
 * Renders Markdown to safe HTML off the request path: in a worker with a time and memory
 * budget, remembered by content, the input cut at MAX_MARKDOWN_CHARS. A text that cannot be
 * formatted within the budget is shown as escaped plain paragraphs, never a stalled server.
 */
export async function renderMarkdownChecked(markdown: string): Promise<RenderedMarkdown> {
  const text = markdown.length > MAX_MARKDOWN_CHARS ? markdown.slice(0, MAX_MARKDOWN_CHARS) : markdown;
  if (text.trim() === '') return { html: '', formatted: true };
  const key = crypto.createHash('sha256').update(text).digest('base64url');
  const hit = rendered.get(key);
  if (hit) {
    rendered.delete(key);
    rendered.set(key, hit);
    return hit;
  }
  let result: RenderedMarkdown;
  try {
    result = { html: await pool.run(text), formatted: true };
  } catch (err) {
    // A full queue is passing trouble: answer plainly now, format on a later request.
    if (err instanceof BudgetExceededError && err.reason === 'busy') return { html: plainParagraphs(text), formatted: false };
    if (!(err instanceof BudgetExceededError)) throw err;
    result = { html: plainParagraphs(text), formatted: false };
  }
  remember(key, result);
  return result;
}

/** Renders Markdown to safe HTML (see renderMarkdownChecked); plain paragraphs when over budget. */
export async function renderMarkdown(markdown: string): Promise<string> {
  return (await renderMarkdownChecked(markdown)).html;
}

function remember(key: string, value: RenderedMarkdown): void {
  rendered.set(key, value);
  renderedChars += value.html.length;
  while (renderedChars > MAX_RENDERED_CHARS && rendered.size > 1) {
    const [oldest, entry] = rendered.entries().next().value!;
    rendered.delete(oldest);
    renderedChars -= entry.html.length;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The text as escaped paragraphs (split at blank lines), each line break kept. Linear time. */
export function plainParagraphs(text: string): string {
  return text.split(/\n[ \t]*\n/).map((p) => p.trim()).filter(Boolean)
    .map((p) => `<p>${p.replace(/[&<>"']/g, (ch) => ESCAPES[ch]).replace(/\n/g, '<br>')}</p>`).join('\n');
}

/** Starts a rendering thread now (at server start), so the first page does not wait for one. */
export function warmMarkdownWorkers(): void {
  pool.warm();
}

/** Stops the rendering threads (at shutdown). */
export function closeMarkdownWorkers(): Promise<void> {
  return pool.close();
}

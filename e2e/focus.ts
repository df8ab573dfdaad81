import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/** What the focused element is, and whether its focus indicator can be seen. */
export interface Focused {
  tag: string;
  id: string;
  text: string;
  selector: string;
  href: string;
  /** Outline or box-shadow drawn while focused. */
  indicator: string;
  /** The element's box lies inside the viewport. */
  onScreen: boolean;
}

/** The focused element, described. */
export async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', id: '', text: '', selector: '', href: '', indicator: 'none', onScreen: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ? `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}` : '';
    const shadow = style.boxShadow !== 'none' ? `box-shadow ${style.boxShadow}` : '';
    const box = el.getBoundingClientRect();
    const classes = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      text: (el.innerText || (el as HTMLInputElement).value || '').trim().slice(0, 80),
      selector: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${classes}`,
      href: el.getAttribute('href') ?? '',
      indicator: outline || shadow || 'none',
      onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until `wanted` matches the focused element, checking on every stop
 * that focus is visible (an outline or shadow, on screen). Fails after `max` presses. Returns the
 * match and how many stops it took.
 */
export async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string, options: { max?: number; back?: boolean } = {}): Promise<Focused & { stops: number }> {
  const seen: string[] = [];
  for (let i = 0; i < (options.max ?? 60); i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    // Waits out a smooth scroll to the new stop (on a busy machine it can take many frames), with
    // the same test as `onScreen`, so a stop that never comes into view still fails below.
    await page.waitForFunction(() => {
      const box = document.activeElement?.getBoundingClientRect();
      return box && box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
    }, undefined, { timeout: 10_000 }).catch(() => {});
    const f = await focused(page);
    seen.push(f.selector);
    assert.notEqual(f.indicator, 'none', `focus on ${f.selector} "${f.text}" is not visible`);
    assert.ok(f.onScreen, `focus on ${f.selector} "${f.text}" is scrolled out of view`);
    if (wanted(f)) return { ...f, stops: i + 1 };
  }
  throw new Error(`never reached ${what} with the keyboard; focus went ${seen.join(' → ')}`);
}

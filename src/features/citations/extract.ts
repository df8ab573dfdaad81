import { scan } from './grammar/scan.ts';
import type { Citation, ExtractOptions } from './types.ts';

/**
 * Every citation in `text`, in order of appearance, with canonical keys (see docs/citations.md).
 * Total and linear: any string (or anything else, which yields []) is read in time proportional
 * to its length, and the function never throws. Short forms ("Pickering, 23 I&N Dec. at 624",
 * "Id. at 625", "supra") add no authority.
 */
export function extractCitations(text: string, options: ExtractOptions = {}): Citation[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return scan(text, 'text', options.defaultState === undefined ? 'CA' : options.defaultState);
  } catch {
    return [];
  }
}

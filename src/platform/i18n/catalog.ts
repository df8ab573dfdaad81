/**
 * The interface text's keys. Empty here: every catalog (`messages.en.ts` of the platform and of
 * each feature) adds its keys by declaration merging,
 *
 *     declare module '../../platform/i18n/catalog.ts' {
 *       interface Messages extends Record<keyof typeof resourcesEn, string> {}
 *     }
 *
 * so `t()` is typed with every key of the app while this layer imports no feature. The app
 * assembles the catalogs (src/app/messages.ts) and registers each language with registerLanguage().
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by declaration merging
export interface Messages {}

/** A key of the interface text, e.g. `library.title`. */
export type MessageKey = keyof Messages & string;

/** Every key's text in one language, as ICU MessageFormat. */
export type Catalog = Record<MessageKey, string>;

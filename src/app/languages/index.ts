import type { InterfaceLanguage, LanguageDefinition } from '../../platform/i18n/index.ts';

/**
 * The interface languages the site ships, each one place: English (the reference, every key, no
 * path prefix) and Spanish (every key, `/es`). Their text is every feature's `messages.en.ts` /
 * `messages.es.ts`, assembled in src/app/messages.ts.
 */
export const ENGLISH: LanguageDefinition = { code: 'en', name: 'English', dir: 'ltr', intl: 'en-US' };
export const SPANISH: LanguageDefinition = { code: 'es', name: 'Español', dir: 'ltr', intl: 'es-US' };

/**
 * Further interface languages, each a file of this folder exporting its definition and one
 * catalog (`Partial<Catalog>`: a key it lacks shows the English text, a key English does not
 * have does not compile), listed here. docs/languages.md has the steps; src/app/messages.ts
 * registers them after English and Spanish, and every app built afterwards serves them under
 * `/<code>`.
 */
export const ADDED_LANGUAGES: InterfaceLanguage[] = [];

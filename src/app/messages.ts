import { registerLanguage, type Catalog } from '../platform/i18n/index.ts';
import { ADDED_LANGUAGES, ENGLISH, SPANISH } from './languages/index.ts';
import { platformEn } from '../platform/messages.en.ts';
import { platformEs } from '../platform/messages.es.ts';
import { fallbackEn } from '../platform/messages.fallback.en.ts';
import { fallbackEs } from '../platform/messages.fallback.es.ts';
import { contentEn } from '../content/messages.en.ts';
import { contentEs } from '../content/messages.es.ts';
import { adminEn } from '../features/admin/messages.en.ts';
import { adminEs } from '../features/admin/messages.es.ts';
import { apiEn } from '../features/api/messages.en.ts';
import { apiEs } from '../features/api/messages.es.ts';
import { auditEn } from '../features/audit/messages.en.ts';
import { authoritiesEn } from '../features/authorities/messages.en.ts';
import { authoritiesEs } from '../features/authorities/messages.es.ts';
import { auditEs } from '../features/audit/messages.es.ts';
import { authEn } from '../features/auth/messages.en.ts';
import { authEs } from '../features/auth/messages.es.ts';
import { documentsEn } from '../features/editorial/documents/messages.en.ts';
import { documentsEs } from '../features/editorial/documents/messages.es.ts';
import { editorialEn } from '../features/editorial/messages.en.ts';
import { editorialEs } from '../features/editorial/messages.es.ts';
import { editorialErrorsEn } from '../features/editorial/messages.errors.en.ts';
import { editorialErrorsEs } from '../features/editorial/messages.errors.es.ts';
import { editorialSpanishEn } from '../features/editorial/messages.spanish.en.ts';
import { editorialAuthoritiesEn } from '../features/editorial/messages.authorities.en.ts';
import { editorialAuthoritiesEs } from '../features/editorial/messages.authorities.es.ts';
import { editorialSpanishEs } from '../features/editorial/messages.spanish.es.ts';
import { helpEn } from '../features/help/messages.en.ts';
import { helpEs } from '../features/help/messages.es.ts';
import { homeEn } from '../features/home/messages.en.ts';
import { homeEs } from '../features/home/messages.es.ts';
import { projectsEn } from '../features/projects/messages.en.ts';
import { projectsEs } from '../features/projects/messages.es.ts';
import { resourcesEn } from '../features/resources/messages.en.ts';
import { resourcesEs } from '../features/resources/messages.es.ts';
import { resourcePageEn } from '../features/resources/messages.page.en.ts';
import { resourcePageEs } from '../features/resources/messages.page.es.ts';
import { searchEn } from '../features/search/messages.en.ts';
import { searchEs } from '../features/search/messages.es.ts';
import { searchReportEn } from '../features/search-report/messages.en.ts';
import { searchReportEs } from '../features/search-report/messages.es.ts';
import { taxonomyEn } from '../features/taxonomy/messages.en.ts';
import { taxonomyEs } from '../features/taxonomy/messages.es.ts';
import { uploadsEn } from '../features/uploads/messages.en.ts';
import { uploadsEs } from '../features/uploads/messages.es.ts';
import { usersEn } from '../features/users/messages.en.ts';
import { usersEs } from '../features/users/messages.es.ts';

/**
 * The interface text of the whole app in English and Spanish: the platform's catalog and every
 * feature's, one object per language. Typed as a complete Catalog, so a feature whose catalog is
 * left out here (its keys are still declared) does not compile. Registered on import, with the
 * languages of src/app/languages/: src/app/create-app.tsx and src/app/cli.ts import this module
 * before anything else.
 */
export const catalogs: { en: Catalog; es: Catalog } = {
  en: {
    ...platformEn,
    ...fallbackEn,
    ...contentEn,
    ...adminEn,
    ...apiEn,
    ...auditEn,
    ...authoritiesEn,
    ...authEn,
    ...documentsEn,
    ...editorialEn,
    ...editorialErrorsEn,
    ...editorialSpanishEn,
    ...editorialAuthoritiesEn,
    ...helpEn,
    ...homeEn,
    ...projectsEn,
    ...resourcesEn,
    ...resourcePageEn,
    ...searchEn,
    ...searchReportEn,
    ...taxonomyEn,
    ...uploadsEn,
    ...usersEn,
  },
  es: {
    ...platformEs,
    ...fallbackEs,
    ...contentEs,
    ...adminEs,
    ...apiEs,
    ...auditEs,
    ...authoritiesEs,
    ...authEs,
    ...documentsEs,
    ...editorialEs,
    ...editorialErrorsEs,
    ...editorialSpanishEs,
    ...editorialAuthoritiesEs,
    ...helpEs,
    ...homeEs,
    ...projectsEs,
    ...resourcesEs,
    ...resourcePageEs,
    ...searchEs,
    ...searchReportEs,
    ...taxonomyEs,
    ...uploadsEs,
    ...usersEs,
  },
};

registerLanguage({ ...ENGLISH, messages: catalogs.en });
registerLanguage({ ...SPANISH, messages: catalogs.es });
for (const language of ADDED_LANGUAGES) registerLanguage(language);

import { sql, type Kysely } from 'kysely';
import { withId, type Dialect } from './helpers.ts';

/**
 * The "Find legal help" page as structured fields staff edit (issue 14): `help_entries`, one row
 * per entry of its three lists, `kind` saying which:
 * - `service`: a legal services directory link (label, URL, optional description);
 * - `hotline`: an emergency number (label, `phone`, hours or notes in `note`);
 * - `rights`: a Know-Your-Rights resource (label, URL: a page of this site or http(s)), grouped on
 *   the page by the language it is written in (`language`, a BCP 47 tag).
 * Each list is ordered by `position`, then id. English text is required; the `_es` columns hold
 * the Spanish text, NULL while untranslated (the Spanish page then shows the English, marked).
 * Seeded with the help the demo site's page `find-legal-help` gave, so every site starts with a
 * usable page (the hotline number is a placeholder that says so) and staff edit from there.
 *
 * Frozen as written: imports nothing from runtime code.
 */
export function helpSchema(dialect: Dialect) {
  return {
    async up(db: Kysely<any>) {
      await withId(db.schema.createTable('help_entries'), dialect)
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('label_es', 'text')
        .addColumn('url', 'text')
        .addColumn('phone', 'text')
        .addColumn('note', 'text')
        .addColumn('note_es', 'text')
        .addColumn('language', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addCheckConstraint('help_entries_kind', sql`kind in ('service', 'hotline', 'rights')`)
        .execute();
      await db.schema.createIndex('help_entries_order').on('help_entries').columns(['kind', 'position', 'id']).execute();

      const now = new Date().toISOString();
      const rows: Record<string, string | number | null>[] = [
        {
          kind: 'service', position: 1, url: 'https://www.immigrationlawhelp.org/',
          label: 'National directory of nonprofit immigration legal services',
          label_es: 'Directorio nacional de servicios legales de inmigración sin fines de lucro',
          note: 'Search by ZIP code, language and type of case.',
          note_es: 'Busque por código postal, idioma y tipo de caso.',
        },
        {
          kind: 'service', position: 2, url: 'https://www.justice.gov/eoir/list-pro-bono-legal-service-providers',
          label: 'Free legal service providers near each immigration court',
          label_es: 'Proveedores de servicios legales gratuitos cerca de cada tribunal de inmigración',
          note: "The Department of Justice's list, by state.",
          note_es: 'La lista del Departamento de Justicia, por estado.',
        },
        {
          kind: 'service', position: 3, url: 'https://www.justice.gov/eoir/recognition-accreditation-roster-reports',
          label: 'Recognized organizations and accredited representatives',
          label_es: 'Organizaciones reconocidas y representantes acreditados',
          note: 'Only licensed attorneys and accredited representatives may give immigration legal advice. Beware of "notarios".',
          note_es: 'Solo los abogados con licencia y los representantes acreditados pueden dar asesoría legal de inmigración. Cuidado con los "notarios".',
        },
        {
          kind: 'service', position: 4, url: 'https://locator.ice.gov/',
          label: 'Detention locator: find a person in immigration detention',
          label_es: 'Localizador de detenidos: encuentre a una persona detenida por inmigración',
          note: null, note_es: null,
        },
        {
          kind: 'hotline', position: 1, phone: '(555) 010-0199',
          label: 'Rapid-response hotline, if someone is detained',
          label_es: 'Línea de respuesta rápida, si detienen a alguien',
          note: 'Placeholder: the organization sets its own numbers here.',
          note_es: 'Número de ejemplo: la organización pone aquí los suyos.',
        },
        {
          kind: 'hotline', position: 2, phone: '911',
          label: 'In danger right now', label_es: 'En peligro ahora mismo',
          note: 'Police, fire and ambulance, at any hour.', note_es: 'Policía, bomberos y ambulancia, a cualquier hora.',
        },
        {
          kind: 'rights', position: 1, url: '/resources?topic=enforcement&lang=en', language: 'en',
          label: 'Know Your Rights resources in English', label_es: 'Conozca sus derechos, en inglés',
        },
        {
          kind: 'rights', position: 2, url: '/es/resources?topic=enforcement&lang=es', language: 'es',
          label: 'Conozca sus derechos en español', label_es: 'Conozca sus derechos en español',
        },
        {
          kind: 'rights', position: 3, url: '/resources/know-your-rights-red-cards', language: 'mul',
          label: 'Red cards in 16 languages', label_es: 'Tarjetas rojas en 16 idiomas',
        },
      ];
      for (const row of rows) {
        await db.insertInto('help_entries').values({
          url: null, phone: null, note: null, note_es: null, language: null, ...row, updated_at: now,
        }).execute();
      }
    },
  };
}

/**
 * Keys for people and for URLs: the display and full names of an authority, and its URL slug
 * (`INA 212(h)` ↔ `ina-212-h`, `23 I&N Dec. 621` ↔ `23-in-dec-621`). Slugs are reversible: for
 * every key the grammar produces, `slugToKey(keyToSlug(key)) === key`.
 */
import { inaRow, uscForIna } from './data/ina-lookup.ts';
import { REPORTER_BY_SLUG, reporterSlug } from './data/reporters.ts';
import { STATE_CODES, type StateCodeDef } from './data/state-codes.ts';
import { formatSubdivisions, normalizeSubdivisions } from './grammar/subdivisions.ts';
import { type ParsedKey, caseNameKey, cfrKey, inaKey, parseKey, stateKey, uscKey } from './keys.ts';

/** An interface language code; names are translated for 'es', English otherwise. */
export type Locale = string;

const stateMark = (p: Extract<ParsedKey, { kind: 'state-code' }>) => {
  const s = `${p.section}${formatSubdivisions(p.subs)}`;
  const { code, title } = p;
  if (code.locator === 'title-before') return code.key === 'ILCS' ? `${title} ILCS ${s}` : `${title} ${code.key} § ${s}`;
  if (code.locator === 'title-after') return `${code.key} tit. ${title}, § ${s}`;
  if (code.locator === 'chapter') return `${code.key} ch. ${title}, § ${s}`;
  return `${code.key} ${code.marker ?? '§'} ${s}`;
};

const thousands = (page: string) => Number(page).toLocaleString('en-US');

/** The short display of a key: `INA § 212(h)`, `8 C.F.R. § 1003.23`, `559 U.S. 356`, `Form I-601A`. */
export function displayKey(key: string): string {
  const p = parseKey(key);
  if (!p) return key;
  switch (p.kind) {
    case 'statute':
      return p.code === 'INA' ? `INA § ${p.section}${formatSubdivisions(p.subs)}` : `${p.title} U.S.C. § ${p.section}${formatSubdivisions(p.subs)}${p.note ? ' note' : ''}`;
    case 'regulation':
      return p.section === null ? `${p.title} C.F.R. pt. ${p.part}` : `${p.title} C.F.R. § ${p.part}.${p.section}${formatSubdivisions(p.subs)}`;
    case 'form':
      return p.supplement ? `Form ${p.form}, Supplement ${p.supplement}` : `Form ${p.form}`;
    case 'state-code':
      return stateMark(p);
    case 'federal-register':
      return `${p.volume} Fed. Reg. ${thousands(p.page)}`;
    case 'public-law':
      return 'congress' in p ? `Pub. L. No. ${p.congress}-${p.law}` : `${p.statVolume} Stat. ${p.page}`;
    default:
      return 'name' in p ? p.name : `${p.volume} ${p.reporter === 'US' ? 'U.S.' : p.reporter} ${p.page}`;
  }
}

/**
 * The full name of the authority a key names, for an authority page's title:
 * `Immigration and Nationality Act § 212(h)`, `8 U.S.C. § 1367`, `8 C.F.R. part 1003`,
 * `Form I-601A`, `California Penal Code § 1473.7`; in Spanish where the name is translated.
 */
export function fullName(key: string, locale: Locale = 'en'): string {
  const p = parseKey(key);
  if (!p) return key;
  const es = locale === 'es';
  switch (p.kind) {
    case 'statute':
      if (p.code === 'INA') return `${es ? 'Ley de Inmigración y Nacionalidad' : 'Immigration and Nationality Act'} § ${p.section}${formatSubdivisions(p.subs)}`;
      return displayKey(key);
    case 'regulation':
      return p.section === null ? `${p.title} C.F.R. ${es ? 'parte' : 'part'} ${p.part}` : displayKey(key);
    case 'form':
      return es ? `Formulario ${p.form}${p.supplement ? `, Suplemento ${p.supplement}` : ''}` : displayKey(key);
    case 'state-code': {
      const s = `${p.section}${formatSubdivisions(p.subs)}`;
      if (p.code.locator === 'title-before') return `${p.title} ${p.code.full} ${p.code.key === 'ILCS' ? '' : '§ '}${s}`;
      if (p.code.locator === 'title-after') return `${p.code.full}, ${es ? 'título' : 'title'} ${p.title}, § ${s}`;
      if (p.code.locator === 'chapter') return `${p.code.full}, ${es ? 'capítulo' : 'chapter'} ${p.title}, § ${s}`;
      return `${p.code.full} ${p.code.marker ?? '§'} ${s}`;
    }
    case 'public-law':
      return 'congress' in p ? `${es ? 'Ley Pública' : 'Public Law'} ${p.congress}-${p.law}` : displayKey(key);
    default:
      return displayKey(key);
  }
}

/** The other name of an INA section or of its 8 U.S.C. section (`INA 212(h)` → `8 U.S.C. § 1182(h)`), or null. */
export function alsoCitedAs(key: string): string | null {
  const p = parseKey(key);
  if (p?.kind !== 'statute') return null;
  if (p.code === 'INA') {
    const usc = uscForIna(p.section);
    return usc ? `8 U.S.C. § ${usc}${formatSubdivisions(p.subs)}` : null;
  }
  return null;
}

const SLUG_MAX = 200;
const encSection = (s: string) => s.toLowerCase().replace(/-/g, '_').replace(/:/g, '~');
const decSection = (s: string) => s.replace(/_/g, '-').replace(/~/g, ':');
const subsSlug = (subs: readonly string[]) => subs.map((x) => `-${x.toLowerCase()}`).join('');
const codeSlug = (code: StateCodeDef) => code.key.toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const CODES_BY_SLUG = [...STATE_CODES].map((c) => [codeSlug(c), c] as const).sort((a, b) => b[0].length - a[0].length);

/** The URL slug of a key: lower case, "-" between parts (`INA 212(h)` → `ina-212-h`, `23 I&N Dec. 621` → `23-in-dec-621`). */
export function keyToSlug(key: string): string {
  const p = parseKey(key);
  if (!p) return key.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, SLUG_MAX);
  switch (p.kind) {
    case 'statute':
      return p.code === 'INA'
        ? `ina-${p.section.toLowerCase()}${subsSlug(p.subs)}`
        : `${p.title}-usc-${encSection(p.section)}${subsSlug(p.subs)}${p.note ? '-note' : ''}`;
    case 'regulation':
      return p.section === null ? `${p.title}-cfr-part-${p.part}` : `${p.title}-cfr-${p.part}.${p.section}${subsSlug(p.subs)}`;
    case 'form':
      return `form-${p.form.toLowerCase().replace('/', '_')}${p.supplement ? `-supplement-${p.supplement.toLowerCase()}` : ''}`;
    case 'state-code': {
      const section = p.code.key === 'ILCS' ? p.section.replace('/', '-') : p.section;
      const base = codeSlug(p.code);
      const sec = `${encSection(section).replace('-', p.code.key === 'ILCS' ? '-' : '_')}${subsSlug(p.subs)}`;
      if (p.code.locator === 'title-before') return `${p.title}-${base}-${p.code.key === 'ILCS' ? `${p.section.split('/')[0]}-${encSection(p.section.split('/').slice(1).join('/'))}${subsSlug(p.subs)}` : sec}`;
      if (p.code.locator === 'title-after') return `${base}-tit-${encSection(p.title ?? '')}-${sec}`;
      if (p.code.locator === 'chapter') return `${base}-ch-${encSection(p.title ?? '')}-${sec}`;
      return `${base}-${sec}`;
    }
    case 'federal-register':
      return `${p.volume}-fed-reg-${p.page}`;
    case 'public-law':
      return 'congress' in p ? `pub-l-${p.congress}-${p.law}` : `${p.statVolume}-stat-${encSection(p.page)}`;
    default:
      if ('name' in p) return p.name.toLowerCase().replace(/-/g, '_').replace(/\./g, '').replace(/\s+/g, '-');
      return `${p.volume}-${reporterSlug(p.reporter)}-${p.page}`;
  }
}

const subsFromSlug = (parts: readonly string[]) => (parts.every((x) => /^[0-9a-z]{1,5}$/.test(x)) ? parts : null);

/** The key a slug stands for, or null when the slug is not one `keyToSlug` produces. */
export function slugToKey(slug: string): string | null {
  if (typeof slug !== 'string' || slug.length === 0 || slug.length > SLUG_MAX || !/^[a-z0-9._~-]+$/.test(slug)) return null;
  const key = parseSlug(slug);
  return key !== null && parseKey(key) !== null && keyToSlug(key) === slug ? key : null;
}

function parseSlug(slug: string): string | null {
  const parts = slug.split('-');
  let m: RegExpExecArray | null;
  if (parts[0] === 'ina' && parts.length >= 2) {
    const row = inaRow(parts[1]);
    const subs = subsFromSlug(parts.slice(2));
    return row && subs ? inaKey(row.ina, normalizeSubdivisions(subs, 'statute')) : null;
  }
  if ((m = /^(\d{1,2})-usc-([0-9a-z_]+)((?:-[0-9a-z]{1,5})*?)(-note)?$/.exec(slug))) {
    const subs = subsFromSlug(m[3] ? m[3].slice(1).split('-') : []);
    return subs ? uscKey(Number(m[1]), decSection(m[2]), normalizeSubdivisions(subs, 'statute'), Boolean(m[4])) : null;
  }
  if ((m = /^(\d{1,2})-cfr-part-([0-9a-z]+)$/.exec(slug))) return cfrKey(Number(m[1]), m[2], null);
  if ((m = /^(\d{1,2})-cfr-([0-9a-z]+)\.([0-9]+)((?:-[0-9a-z]{1,5})*)$/.exec(slug))) {
    const subs = subsFromSlug(m[4] ? m[4].slice(1).split('-') : []);
    return subs ? cfrKey(Number(m[1]), m[2], m[3], normalizeSubdivisions(subs, 'cfr')) : null;
  }
  if ((m = /^(\d{1,3})-fed-reg-(\d{1,6})$/.exec(slug))) return `${m[1]} Fed. Reg. ${m[2]}`;
  if ((m = /^pub-l-(\d{1,3})-(\d{1,4})$/.exec(slug))) return `Pub. L. ${m[1]}-${m[2]}`;
  if ((m = /^(\d{1,3})-stat-([0-9_]+)$/.exec(slug))) return `${m[1]} Stat. ${decSection(m[2])}`;
  if ((m = /^form-([a-z]{1,4})-(\d{1,4}[a-z]{0,3})(?:_([a-z]{2,3}))?(?:-supplement-([a-z]))?$/.exec(slug))) {
    return `Form ${m[1].toUpperCase()}-${m[2].toUpperCase()}${m[3] ? `/${m[3].toUpperCase()}` : ''}${m[4] ? ` Supplement ${m[4].toUpperCase()}` : ''}`;
  }
  if ((m = /^(\d{1,4})-([a-z0-9-]+?)-(\d{1,8})$/.exec(slug))) {
    const reporter = REPORTER_BY_SLUG.get(m[2]);
    if (reporter) return `${Number(m[1])} ${reporter} ${m[3]}`;
  }
  const state = parseStateSlug(slug);
  if (state) return state;
  if (/^matter-of-./.test(slug) || /-v-./.test(slug)) {
    return caseNameKey(slug.replace(/-/g, ' ').replace(/_/g, '-').replace(/ v /g, ' v. '));
  }
  return null;
}

function parseStateSlug(slug: string): string | null {
  const lead = /^(\d{1,3})-/.exec(slug);
  for (const [base, code] of CODES_BY_SLUG) {
    let rest: string;
    let title: string | null = null;
    if (code.locator === 'title-before') {
      if (!lead || !slug.startsWith(`${base}-`, lead[0].length)) continue;
      title = lead[1];
      rest = slug.slice(lead[0].length + base.length + 1);
      if (code.key === 'ILCS') {
        const m = /^(\d{1,4})-(.+)$/.exec(rest);
        if (!m) continue;
        rest = `${m[1]}/${m[2]}`;
      }
    } else {
      if (!slug.startsWith(`${base}-`)) continue;
      rest = slug.slice(base.length + 1);
      if (code.locator === 'title-after' || code.locator === 'chapter') {
        const m = new RegExp(`^${code.locator === 'chapter' ? 'ch' : 'tit'}-([0-9a-z_]+)-(.+)$`).exec(rest);
        if (!m) continue;
        title = decSection(m[1]).toUpperCase();
        rest = m[2];
      }
    }
    const [sectionRaw, ...subParts] = rest.split('-');
    const subs = subsFromSlug(subParts);
    if (!sectionRaw || !subs) continue;
    let section = decSection(sectionRaw);
    section = code.lowerLetters ? section.toLowerCase() : section.toUpperCase();
    return stateKey(code, title, section, subs);
  }
  return null;
}

/** A person's name split as citation formats want it (CSL-JSON's `family` / `given` / `suffix`). */
export interface PersonName {
  family: string;
  given: string;
  suffix?: string;
}

// Words that make a byline a body rather than a person ("Immigrant Legal Resource Center",
// "Equipo de Defensa"): such a name is cited as written.
const BODY_WORDS = new Set([
  'the', 'of', 'for', 'and', 'center', 'centre', 'council', 'project', 'coalition', 'network', 'institute', 'association',
  'committee', 'office', 'department', 'clinic', 'services', 'service', 'foundation', 'alliance', 'university', 'college',
  'school', 'inc', 'llc', 'llp', 'pc', 'staff', 'team', 'group', 'program', 'board', 'unit', 'society', 'union', 'league',
  'legal', 'law', 'immigration', 'immigrant', 'immigrants', 'rights', 'defense', 'aid', 'partners',
  'centro', 'proyecto', 'red', 'equipo', 'oficina', 'comité', 'comite', 'clínica', 'clinica', 'fundación', 'fundacion',
  'universidad', 'asociación', 'asociacion', 'coalición', 'coalicion', 'instituto', 'departamento', 'servicios', 'consejo',
  'para', 'del', 'los', 'las', 'y',
]);
// Lower-case particles that belong to the family name ("Ludwig van Beethoven", "Ana de la Cruz").
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'la', 'las', 'los', 'da', 'das', 'do', 'dos', 'di', 'du', 'le', 'ter', 'ten', 'bin', 'al', 'st.']);
const SUFFIXES = /^(?:jr\.?|sr\.?|ii|iii|iv|v)$/i;
// A word of a personal name: letters, with apostrophes, hyphens or a closing period (initials).
const NAME_WORD = /^\p{L}[\p{L}\p{M}'’-]*\.?$/u;

const isNameWords = (words: string[]) => words.length > 0 && words.every((w) => NAME_WORD.test(w));
const isBody = (words: string[]) => words.some((w) => BODY_WORDS.has(w.toLowerCase().replace(/\.$/, '')) && !PARTICLES.has(w));

/**
 * Reads a byline name as a person's family and given names when it plainly is one, else
 * undefined (cite it as written). "Family, Given" (and "Family, Given, Jr.") is taken as typed,
 * which is how staff give a name with two surnames ("García López, María"); otherwise the last
 * word is the family name, with the lower-case particles before it ("Ana de la Cruz" → "de la
 * Cruz", "Ana"), and a closing "Jr." or "III" is the suffix. Names with digits or symbols, single
 * words, more than five words, or words such as "Center", "Project", "Equipo" are bodies.
 */
export function personName(raw: string): PersonName | undefined {
  const name = raw.replace(/\s+/g, ' ').trim();
  if (!name || name.length > 120) return undefined;
  const parts = name.split(',').map((p) => p.trim());
  if (parts.length === 2 || (parts.length === 3 && SUFFIXES.test(parts[2]!))) {
    const family = parts[0]!.split(' ');
    const given = parts[1]!.split(' ');
    if (!isNameWords(family) || !isNameWords(given) || family.length > 4 || given.length > 4 || isBody([...family, ...given])) return undefined;
    return { family: parts[0]!, given: parts[1]!, ...(parts[2] ? { suffix: parts[2] } : {}) };
  }
  if (parts.length !== 1) return undefined;
  const words = name.split(' ');
  let suffix: string | undefined;
  if (words.length >= 3 && SUFFIXES.test(words.at(-1)!)) suffix = words.pop();
  if (words.length < 2 || words.length > 5 || !isNameWords(words) || isBody(words)) return undefined;
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!)) start -= 1;
  return { family: words.slice(start).join(' '), given: words.slice(0, start).join(' '), ...(suffix ? { suffix } : {}) };
}

/**
 * A byline name as readers see it: "Family, Given" (how staff mark two surnames) in reading order,
 * "María García López"; any other name exactly as typed.
 */
export function bylineName(name: string): string {
  if (!name.includes(',')) return name;
  const person = personName(name);
  return person ? [person.given, person.family].join(' ') + (person.suffix ? `, ${person.suffix}` : '') : name;
}

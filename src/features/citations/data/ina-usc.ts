/**
 * The Immigration and Nationality Act (Act of June 27, 1952, ch. 477, 66 Stat. 163, as amended)
 * section by section, with the section of Title 8 of the United States Code to which each is
 * classified.
 *
 * Sources: the INA ↔ U.S. Code conversion table published by USCIS with the text of the Act
 * ("Immigration and Nationality Act", uscis.gov, laws and policy), checked against the
 * classification tables of the Office of the Law Revision Counsel of the U.S. House of
 * Representatives (Table III, Statutes at Large, for 66 Stat. 163 and its amending acts) and the
 * source credits of Title 8, chapter 12 and chapter 13 ("June 27, 1952, ch. 477, title II, ch. 4,
 * §240A …").
 *
 * Every section of Titles I–V of the Act is listed. Sections that are repealed but still cited
 * (former INA § 321, derivative citizenship, is the usual one) keep their row and are marked
 * `repealed`. Sections of the Act classified only as notes (Title IV §§ 402–407: amendments,
 * repeals, savings clauses, separability, effective date) have no Code section of their own and
 * carry `usc: null`; they never take part in the equivalence.
 *
 * Not in the table, because they are not sections of the Act although they sit in chapter 12 of
 * Title 8: 8 U.S.C. §§ 1182d–1182f, 1201a, 1232, 1254b, 1255b, 1364–1382 (IIRIRA, TVPRA and
 * other acts, e.g. 8 U.S.C. § 1367, § 1373), and chapters 14 and 15. Those keep their U.S. Code key.
 */
export interface InaSectionRow {
  /** Section of the Act as printed, e.g. "240A". */
  ina: string;
  /** Section of Title 8, U.S. Code, e.g. "1229b"; null when the section is only a note. */
  usc: string | null;
  /** Title, chapter of the Act. */
  title: 'I' | 'II' | 'III' | 'IV' | 'V';
  repealed?: boolean;
}

const row = (ina: string, usc: string | null, title: InaSectionRow['title'], repealed = false): InaSectionRow =>
  repealed ? { ina, usc, title, repealed } : { ina, usc, title };

/** Consecutive INA sections classified to consecutive U.S. Code sections (e.g. 201–209 → 1151–1159). */
function run(fromIna: number, toIna: number, fromUsc: number, title: InaSectionRow['title'], repealed: readonly number[] = []) {
  const rows: InaSectionRow[] = [];
  for (let n = fromIna; n <= toIna; n += 1) rows.push(row(String(n), String(fromUsc + n - fromIna), title, repealed.includes(n)));
  return rows;
}

export const INA_USC_TABLE: readonly InaSectionRow[] = Object.freeze([
  // Title I — General
  ...run(101, 105, 1101, 'I'),
  row('106', '1105a', 'I'), // employment authorization for battered spouses (former § 106, judicial review, repealed 1996)
  // Title II — Immigration. Chapter 1: selection system
  ...run(201, 210, 1151, 'II'),
  row('210A', '1161', 'II', true),
  // Chapter 2: admission qualifications; travel control
  ...run(211, 213, 1181, 'II'),
  row('213A', '1183a', 'II'),
  ...run(214, 215, 1184, 'II'),
  row('216', '1186a', 'II'),
  row('216A', '1186b', 'II'),
  ...run(217, 219, 1187, 'II'),
  // Chapter 3: issuance of entry documents
  ...run(221, 224, 1201, 'II'),
  // Chapter 4: inspection, apprehension, examination, exclusion and removal
  ...run(231, 235, 1221, 'II'),
  row('235A', '1225a', 'II'),
  row('236', '1226', 'II'),
  row('236A', '1226a', 'II'),
  ...run(237, 239, 1227, 'II'),
  row('240', '1229a', 'II'),
  row('240A', '1229b', 'II'),
  row('240B', '1229c', 'II'),
  row('240C', '1230', 'II'),
  row('241', '1231', 'II'),
  row('242', '1252', 'II'),
  row('243', '1253', 'II'),
  row('244', '1254a', 'II'), // temporary protected status (redesignated from § 244A in 1996)
  // Chapter 5: adjustment and change of status
  row('245', '1255', 'II'),
  row('245A', '1255a', 'II'),
  ...run(246, 250, 1256, 'II'),
  // Chapter 6: special provisions relating to alien crewmen
  ...run(251, 258, 1281, 'II'),
  // Chapter 7: registration of aliens
  ...run(261, 266, 1301, 'II'),
  // Chapter 8: general penalty provisions
  ...run(271, 274, 1321, 'II'),
  row('274A', '1324a', 'II'),
  row('274B', '1324b', 'II'),
  row('274C', '1324c', 'II'),
  row('274D', '1324d', 'II'),
  ...run(275, 280, 1325, 'II'),
  // Chapter 9: miscellaneous
  ...run(281, 293, 1351, 'II'),
  row('294', '1363a', 'II'),
  // Title III — Nationality and naturalization. Chapter 1: nationality at birth and collective naturalization
  ...run(301, 309, 1401, 'III'),
  // Chapter 2: nationality through naturalization
  ...run(310, 329, 1421, 'III', [321, 323]),
  row('329A', '1440-1', 'III'),
  ...run(330, 348, 1441, 'III', [345, 348]),
  // Chapter 3: loss of nationality
  ...run(349, 357, 1481, 'III', [350, 352, 353, 354, 355]),
  // Chapter 4: miscellaneous
  ...run(358, 361, 1501, 'III'),
  // Title IV — Miscellaneous and refugee assistance
  row('401', '1106', 'IV', true), // Joint Congressional Committee on Immigration and Nationality Policy
  row('402', null, 'IV'), row('403', null, 'IV'), row('404', null, 'IV'),
  row('405', null, 'IV'), row('406', null, 'IV'), row('407', null, 'IV'),
  ...run(411, 414, 1521, 'IV'),
  // Title V — Alien terrorist removal procedures
  ...run(501, 507, 1531, 'V'),
]);

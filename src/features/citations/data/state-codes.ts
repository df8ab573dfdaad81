/**
 * State codes: each state's name and abbreviations, and the names of its codes as cited in
 * practice advisories (Bluebook abbreviations, the full names, and the local acronyms such as RCW,
 * ORS, ILCS, O.C.G.A., M.G.L.). Sources: The Bluebook, table T1 (United States jurisdictions), and
 * the states' own citation forms. The grammar reads "<state> <code name> [§|section|art.] <number>"
 * for every pair below, so a code is added here, never as a pattern.
 *
 * Names are written in canonical words (see `canonicalPieces` in grammar/code-names.ts): the reader
 * turns "Cal. Welf. & Inst. Code" and "California Welfare and Institutions Code" into the same words.
 */
export interface StateDef { abbr: string; full: string; words: readonly string[] }
export interface StateCodeDef {
  /** Two-letter postal code of the state. */
  state: string;
  /** Canonical name used in keys and displays, e.g. "Cal. Penal Code". */
  key: string;
  /** English full name, e.g. "California Penal Code". */
  full: string;
  /** Canonical-word phrases that name this code, state included. */
  names: readonly string[];
  /** Phrases accepted without a state name (only for the default state, or when unambiguous). */
  bare?: readonly string[];
  /** How the section is located: after a leading title ("720 ILCS 5/12-3"), after "tit. N," or "ch. N,". */
  locator?: 'title-before' | 'title-after' | 'chapter';
  /** Letters inside section numbers are lower case in this jurisdiction ("1203.4a", "53a-61"). */
  lowerLetters?: boolean;
  /** Names that take a leading title number although the code is cited "tit. N," ("21 O.S. § 645"). */
  titleBeforeNames?: readonly string[];
  /** Word printed before the section in displays; "§" unless the code numbers articles. */
  marker?: '§' | 'art.';
}

export const STATES: Readonly<Record<string, StateDef>> = {
  AL: { abbr: 'Ala.', full: 'Alabama', words: ['alabama', 'ala'] },
  AK: { abbr: 'Alaska', full: 'Alaska', words: ['alaska'] },
  AZ: { abbr: 'Ariz.', full: 'Arizona', words: ['arizona', 'ariz'] },
  AR: { abbr: 'Ark.', full: 'Arkansas', words: ['arkansas', 'ark'] },
  CA: { abbr: 'Cal.', full: 'California', words: ['california', 'cal', 'calif'] },
  CO: { abbr: 'Colo.', full: 'Colorado', words: ['colorado', 'colo'] },
  CT: { abbr: 'Conn.', full: 'Connecticut', words: ['connecticut', 'conn'] },
  DE: { abbr: 'Del.', full: 'Delaware', words: ['delaware', 'del'] },
  DC: { abbr: 'D.C.', full: 'District of Columbia', words: ['dc', 'district of columbia'] },
  FL: { abbr: 'Fla.', full: 'Florida', words: ['florida', 'fla'] },
  GA: { abbr: 'Ga.', full: 'Georgia', words: ['georgia', 'ga'] },
  HI: { abbr: 'Haw.', full: 'Hawaii', words: ['hawaii', 'haw'] },
  ID: { abbr: 'Idaho', full: 'Idaho', words: ['idaho'] },
  IL: { abbr: 'Ill.', full: 'Illinois', words: ['illinois', 'ill'] },
  IN: { abbr: 'Ind.', full: 'Indiana', words: ['indiana', 'ind'] },
  IA: { abbr: 'Iowa', full: 'Iowa', words: ['iowa'] },
  KS: { abbr: 'Kan.', full: 'Kansas', words: ['kansas', 'kan'] },
  KY: { abbr: 'Ky.', full: 'Kentucky', words: ['kentucky', 'ky'] },
  LA: { abbr: 'La.', full: 'Louisiana', words: ['louisiana', 'la'] },
  ME: { abbr: 'Me.', full: 'Maine', words: ['maine', 'me'] },
  MD: { abbr: 'Md.', full: 'Maryland', words: ['maryland', 'md'] },
  MA: { abbr: 'Mass.', full: 'Massachusetts', words: ['massachusetts', 'mass'] },
  MI: { abbr: 'Mich.', full: 'Michigan', words: ['michigan', 'mich'] },
  MN: { abbr: 'Minn.', full: 'Minnesota', words: ['minnesota', 'minn'] },
  MS: { abbr: 'Miss.', full: 'Mississippi', words: ['mississippi', 'miss'] },
  MO: { abbr: 'Mo.', full: 'Missouri', words: ['missouri', 'mo'] },
  MT: { abbr: 'Mont.', full: 'Montana', words: ['montana', 'mont'] },
  NE: { abbr: 'Neb.', full: 'Nebraska', words: ['nebraska', 'neb'] },
  NV: { abbr: 'Nev.', full: 'Nevada', words: ['nevada', 'nev'] },
  NH: { abbr: 'N.H.', full: 'New Hampshire', words: ['nh', 'new hampshire'] },
  NJ: { abbr: 'N.J.', full: 'New Jersey', words: ['nj', 'new jersey'] },
  NM: { abbr: 'N.M.', full: 'New Mexico', words: ['nm', 'new mexico'] },
  NY: { abbr: 'N.Y.', full: 'New York', words: ['ny', 'new york'] },
  NC: { abbr: 'N.C.', full: 'North Carolina', words: ['nc', 'north carolina'] },
  ND: { abbr: 'N.D.', full: 'North Dakota', words: ['nd', 'north dakota'] },
  OH: { abbr: 'Ohio', full: 'Ohio', words: ['ohio'] },
  OK: { abbr: 'Okla.', full: 'Oklahoma', words: ['oklahoma', 'okla'] },
  OR: { abbr: 'Or.', full: 'Oregon', words: ['oregon', 'or', 'ore'] },
  PA: { abbr: 'Pa.', full: 'Pennsylvania', words: ['pennsylvania', 'pa'] },
  PR: { abbr: 'P.R.', full: 'Puerto Rico', words: ['pr', 'puerto rico'] },
  RI: { abbr: 'R.I.', full: 'Rhode Island', words: ['ri', 'rhode island'] },
  SC: { abbr: 'S.C.', full: 'South Carolina', words: ['sc', 'south carolina'] },
  SD: { abbr: 'S.D.', full: 'South Dakota', words: ['sd', 'south dakota'] },
  TN: { abbr: 'Tenn.', full: 'Tennessee', words: ['tennessee', 'tenn'] },
  TX: { abbr: 'Tex.', full: 'Texas', words: ['texas', 'tex'] },
  UT: { abbr: 'Utah', full: 'Utah', words: ['utah'] },
  VT: { abbr: 'Vt.', full: 'Vermont', words: ['vermont', 'vt'] },
  VA: { abbr: 'Va.', full: 'Virginia', words: ['virginia', 'va'] },
  WA: { abbr: 'Wash.', full: 'Washington', words: ['washington', 'wash'] },
  WV: { abbr: 'W. Va.', full: 'West Virginia', words: ['w va', 'west virginia', 'wva'] },
  WI: { abbr: 'Wis.', full: 'Wisconsin', words: ['wisconsin', 'wis'] },
  WY: { abbr: 'Wyo.', full: 'Wyoming', words: ['wyoming', 'wyo'] },
};

type Extra = Partial<Omit<StateCodeDef, 'state' | 'key' | 'full' | 'names'>> & { alsoNamed?: readonly string[] };

/**
 * One code of one state. `name` is the code's name without the state, in display form ("Penal
 * Code"); `canonical` is the same name in canonical words ("penal code"); `extra.alsoNamed` lists
 * more canonical phrases (state included) such as local acronyms ("rcw").
 */
function code(state: keyof typeof STATES, name: string, canonical: string, extra: Extra = {}): StateCodeDef {
  const s = STATES[state];
  const { alsoNamed = [], ...rest } = extra;
  return {
    ...rest,
    state,
    key: `${s.abbr} ${name}`,
    full: `${s.full} ${expandName(name)}`,
    names: [`${s.full.toLowerCase()} ${canonical}`, ...alsoNamed],
  };
}

function expandName(name: string): string {
  return name.replace(/Gov't/g, 'Government').replace(/Welf\. & Inst\./g, 'Welfare and Institutions')
    .replace(/Veh\. & Traf\./g, 'Vehicle and Traffic').replace(/Crim\. Proc\./g, 'Criminal Procedure')
    .replace(/Civ\. Proc\./g, 'Civil Procedure').replace(/Bus\. & Prof\./g, 'Business and Professions')
    .replace(/Veh\./g, 'Vehicle').replace(/Evid\./g, 'Evidence').replace(/Fam\./g, 'Family').replace(/Lab\./g, 'Labor')
    .replace(/Ct\./g, 'Court').replace(/Rev\./g, 'Revised').replace(/Stat\./g, 'Statutes').replace(/Gen\./g, 'General')
    .replace(/Comp\./g, 'Compiled').replace(/Cons\./g, 'Consolidated').replace(/Cent\./g, 'Century')
    .replace(/Crim\./g, 'Criminal').replace(/Cts\. & Jud\./g, 'Courts and Judicial').replace(/Exec\./g, 'Executive')
    .replace(/Transp\./g, 'Transportation').replace(/Educ\./g, 'Education').replace(/Civ\./g, 'Civil');
}

const CA = { lowerLetters: true } as const;
const NY = { lowerLetters: true } as const;

export const STATE_CODES: readonly StateCodeDef[] = [
  // California: the codes cited in post-conviction and immigration work
  code('CA', 'Penal Code', 'penal code', { ...CA, bare: ['penal code', 'pc'] }),
  code('CA', 'Health & Safety Code', 'health and safety code', { ...CA, bare: ['health and safety code', 'h and s code', 'h and s c', 'h and sc', 'hsc', 'h and s'] }),
  code('CA', 'Veh. Code', 'vehicle code', { ...CA, bare: ['vehicle code', 'vc'] }),
  code('CA', 'Welf. & Inst. Code', 'welfare and institutions code', { ...CA, bare: ['welfare and institutions code', 'w and i code', 'wic'] }),
  code('CA', "Gov't Code", 'government code', { ...CA, bare: ['government code'] }),
  code('CA', 'Evid. Code', 'evidence code', { ...CA, bare: ['evidence code'] }),
  code('CA', 'Fam. Code', 'family code', { ...CA, bare: ['family code'] }),
  code('CA', 'Civ. Proc. Code', 'civil procedure code', {
    ...CA, alsoNamed: ['california code civil procedure'], bare: ['code civil procedure', 'civil procedure code', 'ccp'],
  }),
  code('CA', 'Bus. & Prof. Code', 'business and professions code', { ...CA, bare: ['business and professions code'] }),
  code('CA', 'Lab. Code', 'labor code', { ...CA, bare: ['labor code'] }),
  code('CA', 'Civ. Code', 'civil code', { ...CA, bare: ['civil code'] }),
  code('CA', 'Educ. Code', 'education code', { ...CA, bare: ['education code'] }),
  // New York
  code('NY', 'Penal Law', 'penal law', { ...NY, bare: ['penal law'], alsoNamed: ['nypl'] }),
  code('NY', 'Crim. Proc. Law', 'criminal procedure law', { ...NY, bare: ['criminal procedure law', 'cpl'], alsoNamed: ['new york cpl'] }),
  code('NY', 'Veh. & Traf. Law', 'vehicle and traffic law', { ...NY, bare: ['vehicle and traffic law', 'vtl'] }),
  code('NY', 'Fam. Ct. Act', 'family court act', { ...NY, bare: ['family court act'] }),
  code('NY', 'Exec. Law', 'executive law', NY),
  code('NY', 'Correct. Law', 'correction law', NY),
  code('NY', 'Soc. Serv. Law', 'social services law', NY),
  // Texas
  code('TX', 'Penal Code', 'penal code'),
  code('TX', 'Health & Safety Code', 'health and safety code'),
  code('TX', 'Code Crim. Proc.', 'code criminal procedure', { marker: 'art.' }),
  code('TX', 'Fam. Code', 'family code'),
  code('TX', 'Transp. Code', 'transportation code'),
  code('TX', "Gov't Code", 'government code'),
  // Statutes named after the state
  code('AL', 'Code', 'code'),
  code('AK', 'Stat.', 'statutes'),
  code('AZ', 'Rev. Stat.', 'revised statutes', { alsoNamed: ['ars'] }),
  code('AR', 'Code', 'code'),
  code('CO', 'Rev. Stat.', 'revised statutes', { alsoNamed: ['crs'] }),
  code('CT', 'Gen. Stat.', 'general statutes', { lowerLetters: true, alsoNamed: ['cgs'] }),
  code('DE', 'Code', 'code', { locator: 'title-after' }),
  code('DC', 'Code', 'code'),
  code('FL', 'Stat.', 'statutes', { alsoNamed: ['fs'] }),
  code('GA', 'Code', 'code', { alsoNamed: ['ocga', 'official code georgia'] }),
  code('HI', 'Rev. Stat.', 'revised statutes', { alsoNamed: ['hrs'] }),
  code('ID', 'Code', 'code'),
  { state: 'IL', key: 'ILCS', full: 'Illinois Compiled Statutes', names: ['ilcs', 'illinois compiled statutes'], locator: 'title-before' },
  code('IN', 'Code', 'code'),
  code('IA', 'Code', 'code'),
  code('KS', 'Stat.', 'statutes', { alsoNamed: ['ksa'] }),
  code('KY', 'Rev. Stat.', 'revised statutes', { alsoNamed: ['krs'] }),
  code('LA', 'Rev. Stat.', 'revised statutes', { alsoNamed: ['louisiana rs'] }),
  code('ME', 'Rev. Stat.', 'revised statutes', { locator: 'title-after' }),
  code('MD', 'Code, Crim. Law', 'code criminal law'),
  code('MD', 'Code, Crim. Proc.', 'code criminal procedure'),
  code('MD', 'Code, Cts. & Jud. Proc.', 'code courts and judicial procedure'),
  code('MA', 'Gen. Laws', 'general laws', { locator: 'chapter', alsoNamed: ['mgl', 'gl', 'massachusetts gl'] }),
  code('MI', 'Comp. Laws', 'compiled laws', { alsoNamed: ['mcl'] }),
  code('MN', 'Stat.', 'statutes'),
  code('MS', 'Code', 'code'),
  code('MO', 'Rev. Stat.', 'revised statutes', { alsoNamed: ['rsmo'] }),
  code('MT', 'Code', 'code', { alsoNamed: ['mca'] }),
  code('NE', 'Rev. Stat.', 'revised statutes'),
  code('NV', 'Rev. Stat.', 'revised statutes', { alsoNamed: ['nrs'] }),
  code('NH', 'Rev. Stat.', 'revised statutes', { alsoNamed: ['rsa'] }),
  code('NJ', 'Stat.', 'statutes', { alsoNamed: ['njsa'] }),
  code('NM', 'Stat.', 'statutes', { alsoNamed: ['nmsa'] }),
  code('NC', 'Gen. Stat.', 'general statutes', { alsoNamed: ['ncgs'] }),
  code('ND', 'Cent. Code', 'century code'),
  code('OH', 'Rev. Code', 'revised code', { alsoNamed: ['orc'] }),
  code('OK', 'Stat.', 'statutes', { locator: 'title-after', titleBeforeNames: ['os'] }),
  code('OR', 'Rev. Stat.', 'revised statutes', { alsoNamed: ['ors'] }),
  { state: 'PA', key: 'Pa. Cons. Stat.', full: 'Pennsylvania Consolidated Statutes', names: ['pennsylvania consolidated statutes', 'pennsylvania cs', 'pa cs', 'pacs'], locator: 'title-before' },
  code('PR', 'Laws', 'laws', { locator: 'title-after' }),
  code('RI', 'Gen. Laws', 'general laws'),
  code('SC', 'Code', 'code'),
  code('SD', 'Codified Laws', 'codified laws'),
  code('TN', 'Code', 'code', { alsoNamed: ['tca'] }),
  code('UT', 'Code', 'code'),
  code('VT', 'Stat.', 'statutes', { locator: 'title-after' }),
  code('VA', 'Code', 'code'),
  code('WA', 'Rev. Code', 'revised code', { alsoNamed: ['rcw'] }),
  code('WV', 'Code', 'code'),
  code('WI', 'Stat.', 'statutes'),
  code('WY', 'Stat.', 'statutes'),
];

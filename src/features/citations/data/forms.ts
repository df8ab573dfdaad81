/**
 * Form numbers of the agencies whose forms immigration practitioners cite: USCIS, ICE and CBP
 * (I-, N-, G-, AR- series), EOIR (EOIR-), the State Department (DS-), the Department of Labor
 * (ETA-) and DoD service records (DD-). Source: the agencies' published form lists (uscis.gov/forms,
 * justice.gov/eoir/list-downloadable-eoir-forms, eforms.state.gov, flag.dol.gov).
 *
 * A form number is recognized without the word "Form" only when it is listed here, so that
 * "I-95", "N-95" and "G-20" in prose stay ordinary words; after "Form"/"Forms"/"Formulario" any
 * number in the series' shape is accepted.
 */
const list = (prefix: string, numbers: string) => numbers.trim().split(/\s+/).map((n) => `${prefix}-${n}`);

export const KNOWN_FORMS: ReadonlySet<string> = new Set([
  ...list('I', `9 17 20 90 94 94W 102 129 129CW 129F 129S 130 130A 131 131A 134 134A 140 191 192 193 200 205
    212 213 213A 214 217 220A 220B 246 247 247A 247D 247N 286 290B 296 356 360 361 363 407 485 485A 508 526 526E
    539 539A 566 589 590 600 600A 601 601A 602 612 690 693 694 698 730 751 765 765V 765WS 797 797A 797B 797C
    797D 800 800A 817 821 821D 824 826 829 830 854 854A 854B 862 863 864 864A 864EZ 864P 864W 865 867 881 907
    910 912 914 914A 914B 918 918A 918B 929 941 942 945 956 956F 956G 956H 956K`),
  ...list('N', '300 336 400 426 470 565 600 600K 644 648'),
  ...list('G', '28 325 325A 325B 325C 325R 639 845 884 1041 1041A 1055 1145 1256 1450 1566 1650'),
  ...list('AR', '11'),
  ...list('EOIR', '26 26A 27 28 29 31 31A 32 33 33/BIA 33/IC 40 42A 42B 44 45 59 60 61'),
  ...list('DS', '11 82 117 156 156E 157 158 160 230 234 260 261 1648 1884 2019 3032 3035 3053 5501 5504 5535 5540 7002'),
  ...list('ETA', '750 9035 9089 9141 9142A 9142B 9142C'),
  ...list('DD', '214 1300'),
]);

/** Series prefixes recognized, longest first. */
export const FORM_PREFIXES = ['EOIR', 'ETA', 'AR', 'DS', 'DD', 'I', 'N', 'G'] as const;

/** Forms whose lettered sibling is a supplement of the same form ("I-918B" is Form I-918, Supplement B). */
export const SUPPLEMENT_ALIASES: ReadonlyMap<string, string> = new Map([
  ['I-918A', 'I-918 Supplement A'],
  ['I-918B', 'I-918 Supplement B'],
  ['I-914A', 'I-914 Supplement A'],
  ['I-914B', 'I-914 Supplement B'],
  ['I-485A', 'I-485 Supplement A'],
]);

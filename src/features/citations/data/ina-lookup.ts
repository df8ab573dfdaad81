/** Lookups over the INA ↔ 8 U.S.C. table. */
import { INA_USC_TABLE, type InaSectionRow } from './ina-usc.ts';

const BY_INA = new Map<string, InaSectionRow>(INA_USC_TABLE.map((r) => [r.ina, r]));
const BY_USC = new Map<string, InaSectionRow>();
for (const r of INA_USC_TABLE) if (r.usc) BY_USC.set(r.usc, r);

/** The row of an INA section written in any case ("240a" → 240A), or undefined. */
export function inaRow(section: string): InaSectionRow | undefined {
  return BY_INA.get(section.toUpperCase());
}

/** The INA section classified to 8 U.S.C. `section` ("1182" → "212"), or undefined. */
export function inaForUsc(section: string): string | undefined {
  return BY_USC.get(section.toLowerCase())?.ina;
}

/** The 8 U.S.C. section of INA `section` ("212" → "1182"), or undefined. */
export function uscForIna(section: string): string | undefined {
  return inaRow(section)?.usc ?? undefined;
}

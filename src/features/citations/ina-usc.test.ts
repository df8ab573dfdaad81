import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { INA_USC_TABLE } from './index.ts';

const usc = (ina: string) => INA_USC_TABLE.find((r) => r.ina === ina)?.usc;

describe('INA ↔ 8 U.S.C. table', () => {
  it('holds the known pairs', () => {
    const pairs: [string, string][] = [
      ['101', '1101'], ['103', '1103'], ['106', '1105a'], ['201', '1151'], ['203', '1153'], ['204', '1154'], ['207', '1157'], ['208', '1158'],
      ['209', '1159'], ['210', '1160'], ['212', '1182'], ['213A', '1183a'], ['214', '1184'], ['216', '1186a'], ['216A', '1186b'],
      ['217', '1187'], ['219', '1189'], ['221', '1201'], ['235', '1225'], ['235A', '1225a'], ['236', '1226'], ['236A', '1226a'],
      ['237', '1227'], ['238', '1228'], ['239', '1229'], ['240', '1229a'], ['240A', '1229b'], ['240B', '1229c'], ['240C', '1230'],
      ['241', '1231'], ['242', '1252'], ['243', '1253'], ['244', '1254a'], ['245', '1255'], ['245A', '1255a'], ['249', '1259'],
      ['250', '1260'], ['251', '1281'], ['261', '1301'], ['264', '1304'], ['274', '1324'], ['274A', '1324a'], ['274B', '1324b'],
      ['274C', '1324c'], ['274D', '1324d'], ['275', '1325'], ['276', '1326'], ['286', '1356'], ['287', '1357'], ['292', '1362'],
      ['294', '1363a'], ['301', '1401'], ['309', '1409'], ['310', '1421'], ['316', '1427'], ['319', '1430'], ['320', '1431'],
      ['321', '1432'], ['322', '1433'], ['329', '1440'], ['329A', '1440-1'], ['334', '1445'], ['337', '1448'], ['340', '1451'],
      ['349', '1481'], ['357', '1489'], ['358', '1501'], ['360', '1503'], ['361', '1504'], ['411', '1521'], ['414', '1524'],
      ['501', '1531'], ['507', '1537'],
    ];
    for (const [ina, code] of pairs) assert.equal(usc(ina), code, `INA ${ina}`);
  });

  it('is one-to-one where both sides exist, and names its sources', async () => {
    const inas = INA_USC_TABLE.map((r) => r.ina);
    const codes = INA_USC_TABLE.flatMap((r) => (r.usc ? [r.usc] : []));
    assert.equal(new Set(inas).size, inas.length);
    assert.equal(new Set(codes).size, codes.length);
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL('./data/ina-usc.ts', import.meta.url), 'utf8');
    assert.match(source, /USCIS/);
    assert.match(source, /Law Revision Counsel/);
  });

  it('covers every section of Titles I–V, lettered sections included', () => {
    const count = (title: string) => INA_USC_TABLE.filter((r) => r.title === title).length;
    assert.deepEqual([count('I'), count('II'), count('III'), count('IV'), count('V')], [6, 94, 62, 11, 7]);
    for (const s of ['213A', '216A', '235A', '236A', '240A', '240B', '240C', '244', '245A', '274A', '274B', '274C', '274D', '286', '329A']) {
      assert.ok(INA_USC_TABLE.some((r) => r.ina === s), s);
    }
    // within Titles II and III the Code follows the Act's order
    for (const title of ['II', 'III'] as const) {
      const rows = INA_USC_TABLE.filter((r) => r.title === title && r.usc);
      for (let i = 1; i < rows.length; i += 1) {
        const key = (u: string) => Number.parseFloat(u.replace(/-(\d+)$/, '.$1').replace(/[a-z]$/, (c) => `.${c.charCodeAt(0) - 96}`));
        assert.ok(key(rows[i].usc!) > key(rows[i - 1].usc!), `${rows[i - 1].ina} → ${rows[i].ina}`);
      }
    }
  });
});

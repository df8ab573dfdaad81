import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { nestedXObjectPdf, pagesPdf } from '../../../test/support/hostile-pdf.ts';
import { importFile, type LineNote } from './import.service.ts';
import { interchangeLine as line, tempDir, writeJsonl } from '../../../test/support/factories.ts';

describeEachDialect('importing PDFs over the reading budget', (env) => {
  let fixture: ReturnType<typeof tempDir>;
  let file: string;
  before(() => {
    fixture = tempDir();
    fs.mkdirSync(path.join(fixture.dir, 'files'));
    const hostile = nestedXObjectPdf(12, 4);
    const paged = pagesPdf(['Cover', 'Matter of Pickering on page two']);
    fs.writeFileSync(path.join(fixture.dir, 'files', 'nested.pdf'), hostile);
    fs.writeFileSync(path.join(fixture.dir, 'files', 'paged.pdf'), paged);
    file = writeJsonl(path.join(fixture.dir, 'budget.jsonl'), [
      line('budget-nested', { attachments: [{ filename: 'nested.pdf', title: 'Nested', bytes: hostile.length, file: 'files/nested.pdf' }] }),
      line('budget-paged', { attachments: [{ filename: 'paged.pdf', title: 'Paged', bytes: paged.length, file: 'files/paged.pdf' }] }),
    ]);
  });
  after(() => fixture.remove());

  it('imports the line, keeps the PDF, marks its text not indexed and says so; the next PDF is read page by page', async () => {
    const { db, config } = env();
    const warnings: LineNote[] = [];
    const failures: LineNote[] = [];
    const summary = await importFile({
      db, dataDir: config.dataDir, file, pdfTextTimeoutMs: 2000, onWarning: (n) => warnings.push(n), onFailure: (n) => failures.push(n),
    });
    assert.deepEqual(failures, []);
    assert.equal(summary.created, 2);
    assert.equal(summary.warnings, 1);
    assert.equal(warnings[0].line, 1);
    assert.match(warnings[0].message, /^attachment 1 \("files\/nested\.pdf"\) is kept, but its text was not indexed: reading it took longer than 2 s$/);
    const rows = await db.selectFrom('attachments').innerJoin('resources', 'resources.id', 'attachments.resource_id')
      .select(['resources.slug', 'attachments.text_state', 'attachments.text_content', 'attachments.storage_key'])
      .where('resources.slug', 'in', ['budget-nested', 'budget-paged']).orderBy('resources.slug').execute();
    assert.deepEqual(rows.map((r) => [r.slug, r.text_state, r.text_content]), [
      ['budget-nested', 'not_indexed', null],
      ['budget-paged', null, 'Cover\fMatter of Pickering on page two'],
    ]);
    assert.ok(fs.existsSync(path.join(config.dataDir, 'attachments', rows[0].storage_key!)), 'the file is stored');
  });
});

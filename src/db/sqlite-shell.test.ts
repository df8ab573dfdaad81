// Operators inspect and back up the SQLite file with their system's `sqlite3` shell; Debian 12
// ships 3.40. The schema must stay readable by SQLite 3.37+ (migration 010).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { IN_CI } from '../../test/support/postgres.ts';
import { seedDemo } from '../features/seed/seed.service.ts';
import { createDb } from './database.ts';
import { migrateToLatest } from './migrate.ts';

const SHELL = '/usr/bin/sqlite3';
const missing = fs.existsSync(SHELL) ? false : `${SHELL} is not installed (Debian: apt-get install sqlite3)`;
if (missing && IN_CI) throw new Error(`${missing}. CI requires it; .ci/run installs it.`);

const shell = (file: string, ...statements: string[]) => execFileSync(SHELL, [file, ...statements], { encoding: 'utf8' }).trim();

describe('the SQLite file in the system sqlite3 shell', { skip: missing }, () => {
  let dir: string;
  let file: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-shell-'));
    file = path.join(dir, 'haven.db');
    const handle = createDb({ dialect: 'sqlite', filename: file });
    await migrateToLatest(handle.db, 'sqlite');
    await seedDemo(handle.db, dir);
    await handle.close();
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it(`opens a migrated, seeded database: ${fs.existsSync(SHELL) ? execFileSync(SHELL, ['--version'], { encoding: 'utf8' }).split(' ')[0] : 'no shell'}`, () => {
    assert.equal(shell(file, 'pragma integrity_check;'), 'ok');
    const published = Number(shell(file, "select count(*) from resources where status = 'published';"));
    assert.ok(published > 0, 'reads the resources');
    assert.ok(Number(shell(file, 'select count(*) from attachments where text_content is not null;')) > 0, 'reads the attachments');
    assert.match(shell(file, 'select name from sqlite_master where type = \'trigger\' and name = \'search_queue_resources_update\';'), /search_queue_resources_update/);
  });

  it('writes from the shell work, and queue the resource for the search index', () => {
    shell(file, "update resources set title = title || ' (shell)' where id = (select min(id) from resources);");
    const queued = shell(file, 'select count(*) from search_queue where resource_id = (select min(id) from resources);');
    assert.equal(queued, '1', 'the trigger queued it: the next search re-indexes it');
  });

  it('backs the file up with .backup, and the copy passes the integrity check', () => {
    const copy = path.join(dir, 'copy.db');
    shell(file, `.backup '${copy}'`);
    assert.equal(shell(copy, 'pragma integrity_check;'), 'ok');
    assert.equal(shell(copy, 'select count(*) from resources;'), shell(file, 'select count(*) from resources;'));
  });
});

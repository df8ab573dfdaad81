import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import SQLite from 'better-sqlite3';
import { cachingStatements, createDb, SQLITE_PAGE_SIZE, type DbHandle } from './database.ts';

describe('SQLite statement reuse', () => {
  let dir: string;
  let handle: DbHandle;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-db-'));
    handle = createDb({ dialect: 'sqlite', filename: path.join(dir, 'x.db') });
    await sql`create table items (id integer primary key, name text not null)`.execute(handle.db);
    for (let i = 1; i <= 5; i++) await sql`insert into items (id, name) values (${i}, ${`item ${i}`})`.execute(handle.db);
  });
  after(async () => {
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs the same query again with other parameters and sees fresh rows', async () => {
    const byId = (id: number) => sql<{ name: string }>`select name from items where id = ${id}`.execute(handle.db);
    assert.equal((await byId(2)).rows[0].name, 'item 2');
    assert.equal((await byId(4)).rows[0].name, 'item 4');
    await sql`update items set name = 'renamed' where id = 2`.execute(handle.db);
    assert.equal((await byId(2)).rows[0].name, 'renamed');
  });

  it('never hands out a statement that is still being iterated', () => {
    const sqlite = new SQLite(':memory:');
    const statements = cachingStatements(sqlite);
    const text = 'select value from json_each(?)';
    const first = statements.prepare(text);
    assert.equal(statements.prepare(text), first, 'an idle statement is reused');
    const rows = first.iterate('[1,2,3]');
    rows.next();
    const second = statements.prepare(text);
    assert.notEqual(second, first, 'a busy statement is not');
    assert.deepEqual(second.all('[7]'), [{ value: 7 }]);
    rows.return?.();
    statements.close();
  });

  it('survives a schema change between two runs of the same statement', async () => {
    const count = () => sql<{ n: number }>`select count(*) as n from items`.execute(handle.db);
    assert.equal(Number((await count()).rows[0].n), 5);
    await sql`alter table items add column extra text`.execute(handle.db);
    await sql`insert into items (id, name, extra) values (6, 'six', 'x')`.execute(handle.db);
    assert.equal(Number((await count()).rows[0].n), 6);
  });
});

describe('SQLite files', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-db-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const pragma = async (handle: DbHandle, name: string) => Number(Object.values((await sql.raw(`pragma ${name}`).execute(handle.db)).rows[0] as object)[0]);

  it('creates new databases with 16 KB pages and sizes the write-ahead log in MB', async () => {
    const handle = createDb({ dialect: 'sqlite', filename: path.join(dir, 'new.db') }, { walCheckpointMb: 80 });
    await sql`create table t (id integer primary key)`.execute(handle.db);
    assert.equal(await pragma(handle, 'page_size'), SQLITE_PAGE_SIZE);
    assert.equal(await pragma(handle, 'wal_autocheckpoint'), (80 * 1024 * 1024) / SQLITE_PAGE_SIZE);
    await handle.close();
  });

  it('leaves an existing database its own page size', async () => {
    const file = path.join(dir, 'old.db');
    const old = new SQLite(file);
    old.pragma('page_size = 4096');
    old.exec('create table t (id integer primary key); insert into t values (1)');
    old.close();
    const handle = createDb({ dialect: 'sqlite', filename: file }, { walCheckpointMb: 8 });
    assert.equal(await pragma(handle, 'page_size'), 4096);
    assert.equal(await pragma(handle, 'wal_autocheckpoint'), 2048);
    assert.equal(Number((await sql<{ n: number }>`select count(*) as n from t`.execute(handle.db)).rows[0].n), 1);
    await handle.close();
  });
});

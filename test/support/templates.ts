// Migrating and seeding the demo site takes a second on SQLite and three on PostgreSQL, and a
// hundred suites each want a fresh copy. So each is built once per version of the code, as a
// template (a SQLite file with its uploads folder; a PostgreSQL database with the same folder),
// and every suite gets a copy: a file copy, or CREATE DATABASE … TEMPLATE.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadConfig } from '../../src/config.ts';
import { createDb } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { importSite } from '../../src/features/interchange/index.ts';
import { DEMO_SITE_FILE } from '../../src/features/seed/seed.service.ts';
import { POSTGRES_URL, adminQuery } from './postgres.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The moment the demo site was written at: demo/site.jsonl's timestamps; suites start their clocks here. */
export const SEEDED_AT = new Date('2024-11-08T12:00:00Z');
/** The SQLite file's name inside a test's data folder. */
export const SQLITE_FILE = 'test.db';

let versionCache: string | undefined;

/**
 * A digest of everything that decides what a migrated and seeded database holds: the source
 * (migrations, the import that writes the demo), the demo site's data (demo/) and the locked
 * dependencies.
 */
function codeVersion(): string {
  if (versionCache) return versionCache;
  const hash = crypto.createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!/\.test\.tsx?$/.test(entry.name)) hash.update(path.relative(ROOT, full)).update(fs.readFileSync(full));
    }
  };
  walk(path.join(ROOT, 'src'));
  walk(path.join(ROOT, 'demo'));
  walk(path.join(ROOT, 'test', 'fixtures', 'tiny'));
  hash.update(fs.readFileSync(path.join(ROOT, 'package-lock.json')));
  versionCache = hash.digest('hex').slice(0, 12);
  return versionCache;
}

/** What a test database starts with: the demo site, the tiny dataset (test/fixtures/tiny), or nothing but the migrations. */
export type Dataset = 'demo' | 'tiny' | 'bare';
const SITE_FILES: Record<Exclude<Dataset, 'bare'>, string> = { demo: DEMO_SITE_FILE, tiny: path.join(ROOT, 'test', 'fixtures', 'tiny', 'site.jsonl') };

const templateName = (dataset: Dataset) => `haven_tpl_${codeVersion()}_${dataset}`;
const templateDir = (name: string) => path.join(os.tmpdir(), name);

async function fill(databaseUrl: string, dataDir: string, dataset: Dataset): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, DATABASE_URL: databaseUrl, BASE_URL: 'http://haven.test', LOG_LEVEL: 'silent' });
  const handle = createDb(config.database, { poolSize: 4 });
  try {
    await migrateToLatest(handle.db, handle.dialect);
    // The same import as `haven import` and the demo seed: one transaction into the empty database.
    if (dataset !== 'bare') await importSite({ db: handle.db, dataDir, file: SITE_FILES[dataset] });
  } finally {
    await handle.close();
  }
}

/**
 * Makes `dataDir` hold a migrated SQLite database (with `dataset` imported) as `test.db`, with
 * its uploads. The template is built by whichever process asks first; a process that loses the
 * race to publish it uses the winner's.
 */
export async function copySqliteTemplate(dataDir: string, dataset: Dataset): Promise<void> {
  const dir = templateDir(`${templateName(dataset)}_sqlite`);
  if (!fs.existsSync(path.join(dir, SQLITE_FILE))) {
    const building = fs.mkdtempSync(`${dir}-building-`);
    await fill(path.join(building, SQLITE_FILE), building, dataset);
    try {
      fs.renameSync(building, dir);
    } catch {
      fs.rmSync(building, { recursive: true, force: true });
    }
  }
  fs.cpSync(dir, dataDir, { recursive: true });
}

const TEMPLATE_LOCK = 720_431_906;
const READY = '.template-ready';

/**
 * Creates a database for one suite, a copy of the migrated template holding `dataset`,
 * and copies the template's uploads into `dataDir`. Returns its URL and how to drop it.
 */
export async function createPostgresCopy(dataDir: string, dataset: Dataset): Promise<{ url: string; drop: () => Promise<void> }> {
  const template = templateName(dataset);
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  const name = `t_${process.pid}_${crypto.randomBytes(5).toString('hex')}`;
  try {
    for (let round = 0; ; round++) {
      await admin.query('select pg_advisory_lock($1)', [TEMPLATE_LOCK]);
      try {
        const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [template]);
        // The uploads folder lives in the temporary directory, which may have been emptied since.
        if (!rowCount || !fs.existsSync(path.join(templateDir(template), READY))) await buildPostgresTemplate(admin, template, dataset);
      } finally {
        await admin.query('select pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
      }
      try {
        await copyDatabase(admin, template, name);
        break;
      } catch (err) {
        // 3D000: the template went away meanwhile (its temporary folder was cleaned): build it again.
        if (round >= 2 || (err as { code?: string }).code !== '3D000') throw err;
      }
    }
  } finally {
    await admin.end();
  }
  fs.cpSync(templateDir(template), dataDir, { recursive: true, filter: (source) => path.basename(source) !== READY });
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(`drop database if exists ${name} with (force)`),
  };
}

/**
 * `CREATE DATABASE … TEMPLATE`, tried again while another suite is copying the same template
 * (PostgreSQL refuses a template "being accessed by other users").
 */
async function copyDatabase(admin: pg.Client, template: string, name: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`create database ${name} template ${template}`);
      return;
    } catch (err) {
      if (attempt >= 100 || !/being accessed by other users/.test(String(err))) throw err;
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
    }
  }
}

/** How long a template of another version of the code is kept (another checkout may be using it). */
const STALE_MS = 12 * 3600_000;

async function buildPostgresTemplate(admin: pg.Client, template: string, dataset: Dataset): Promise<void> {
  // Templates nobody has built for half a day, or whose uploads folder is gone, are of no more use.
  const { rows } = await admin.query<{ datname: string }>("select datname from pg_database where datname like 'haven\\_tpl\\_%' and datname <> $1", [template]);
  for (const { datname } of rows) {
    const marker = path.join(templateDir(datname), READY);
    const stale = datname.endsWith('_building') || !fs.existsSync(marker) || Date.now() - fs.statSync(marker).mtimeMs > STALE_MS;
    if (stale) await admin.query(`drop database if exists ${datname}`).catch(() => {});
  }
  // Suites' databases left by runs that were killed (t_<pid>_…, the pid no longer running).
  const { rows: copies } = await admin.query<{ datname: string }>("select datname from pg_database where datname like 't\\_%\\_%'");
  for (const { datname } of copies) {
    const pid = Number(/^t_(\d+)_/.exec(datname)?.[1]);
    if (pid && !processRuns(pid)) await admin.query(`drop database if exists ${datname} with (force)`).catch(() => {});
  }
  const building = `${template}_building`;
  await admin.query(`drop database if exists ${building}`);
  await admin.query(`create database ${building}`);
  const dir = templateDir(template);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${building}`;
  await fill(url.toString(), dir, dataset);
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`alter database ${building} rename to ${template}`);
  fs.writeFileSync(path.join(dir, READY), '');
}

/** Whether a process of this machine runs under `pid`. */
function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

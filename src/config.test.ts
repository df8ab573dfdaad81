import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig, resolveDatabaseTarget } from './config.ts';

describe('config', () => {
  it('defaults to SQLite in DATA_DIR on port 3000', () => {
    const c = loadConfig({});
    assert.equal(c.port, 3000);
    assert.deepEqual(c.database, { dialect: 'sqlite', filename: path.resolve('data/haven.db') });
    assert.equal(c.baseUrl, 'http://localhost:3000');
    assert.ok(Object.isFrozen(c));
  });

  it('resolves each DATABASE_URL form', () => {
    assert.deepEqual(resolveDatabaseTarget('postgres://u@h/db', '/d'), { dialect: 'postgres', connectionString: 'postgres://u@h/db' });
    assert.deepEqual(resolveDatabaseTarget('postgresql://u@h/db', '/d'), { dialect: 'postgres', connectionString: 'postgresql://u@h/db' });
    assert.deepEqual(resolveDatabaseTarget('file:/tmp/x.db', '/d'), { dialect: 'sqlite', filename: '/tmp/x.db' });
    assert.deepEqual(resolveDatabaseTarget('/tmp/y.db', '/d'), { dialect: 'sqlite', filename: '/tmp/y.db' });
  });

  it('fails fast with every bad variable named', () => {
    assert.throws(() => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud' }), (err: unknown) => {
      assert.ok(err instanceof ConfigError);
      assert.match(err.message, /PORT/);
      assert.match(err.message, /LOG_LEVEL/);
      return true;
    });
  });

  it('requires SESSION_SECRET in production', () => {
    assert.throws(() => loadConfig({ NODE_ENV: 'production' }), /SESSION_SECRET is required/);
    assert.equal(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) }).env, 'production');
  });
});

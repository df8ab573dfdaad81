import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

describe('BASE_URL', () => {
  it('must be an http(s) address: anything else stops the start with a message naming the variable', () => {
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'ftp://example.org',
      'mailto:a@example.org', 'www.example.org', '//example.org', 'https://user:pw@example.org', 'https://example.org/?x=1', 'https://example.org/#top', 'http://']) {
      assert.throws(() => loadConfig({ BASE_URL: bad }), (err: unknown) => {
        assert.ok(err instanceof ConfigError, bad);
        assert.match((err as Error).message, /BASE_URL: BASE_URL must be an http:\/\/ or https:\/\/ address/);
        return true;
      }, bad);
    }
  });

  it('accepts http and https addresses, with or without a path, and drops a trailing slash', () => {
    assert.equal(loadConfig({ BASE_URL: 'https://www.example.org/' }).baseUrl, 'https://www.example.org');
    assert.equal(loadConfig({ BASE_URL: 'http://localhost:3000' }).baseUrl, 'http://localhost:3000');
    assert.equal(loadConfig({ BASE_URL: 'HTTPS://Example.org/haven' }).baseUrl, 'https://example.org/haven', 'normalized, so https is recognized');
  });
});

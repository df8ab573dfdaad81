import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sameOriginPath } from './redirect.ts';

const BASE = 'https://haven.example';

/**
 * Known ways to smuggle another host into a "local" redirect target. Every one must be refused:
 * returned as null, never as a path a browser could read as another site.
 */
const BYPASSES: string[] = [
  '//evil.example',
  '///evil.example',
  '////evil.example',
  '/.//evil.example',
  '/..//evil.example',
  '/./../..//evil.example',
  '/\\evil.example',
  '/\\/evil.example',
  '\\\\evil.example',
  '\\/evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example',
  '\t//evil.example',
  ' //evil.example',
  '/ /evil.example',
  '/%2f%2fevil.example',
  '/%2F/evil.example',
  '/%2e/%2fevil.example',
  '/%5cevil.example',
  '/%5C%5Cevil.example',
  '/%09/evil.example',
  '/%0a/evil.example',
  '/%00/evil.example',
  'https:evil.example',
  'https://evil.example',
  'http:/evil.example',
  'HTTPS://evil.example',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//haven.example@evil.example',
  'https://haven.example@evil.example/',
  'https://user:pass@haven.example/admin',
  '/\uff0fevil.example',
  '\uff0f\uff0fevil.example',
  '/\u2215evil.example',
  '\u2215\u2215evil.example',
  '/\u2044evil.example',
  '/\u29f8evil.example',
  '/\u3002/evil.example',
  '/\u2028/evil.example',
  '/\u00a0/evil.example',
  '/\u0000/evil.example',
  '%2f%2fevil.example',
  'evil.example',
  './/evil.example',
  '/' + 'a'.repeat(2001),
  '',
];

describe('sameOriginPath()', () => {
  it(`refuses ${BYPASSES.length} known open-redirect forms`, () => {
    assert.ok(BYPASSES.length >= 30);
    const accepted = BYPASSES.filter((b) => sameOriginPath(b, BASE) !== null);
    assert.deepEqual(accepted.map((b) => [b, sameOriginPath(b, BASE)]), [], 'every bypass form is refused');
  });

  it('refuses values that are not strings', () => {
    for (const value of [undefined, null, 42, ['/admin'], { toString: () => '/admin' }]) assert.equal(sameOriginPath(value, BASE), null);
  });

  it('keeps ordinary paths of this site, with their query, without the fragment', () => {
    const cases: [string, string][] = [
      ['/', '/'],
      ['/admin', '/admin'],
      ['/admin/users?x=1', '/admin/users?x=1'],
      ['/es/resources?q=ni%C3%B1o&page=2', '/es/resources?q=ni%C3%B1o&page=2'],
      ['/resources/x#part-2', '/resources/x'],
      ['/a/./b/../c', '/a/c'],
      ['/@evil.example', '/@evil.example'],
    ];
    for (const [input, want] of cases) assert.equal(sameOriginPath(input, BASE), want, input);
  });

  it('only ever returns a path a browser resolves to the same origin', () => {
    // A property check over every case above and some generated ones.
    const generated = ['/', '//', '/\\', '/%2f', '/%5c', '/.', '/..', '\t', '\n', 'evil.example', '@', ':'];
    const inputs = [...BYPASSES];
    for (const a of generated) for (const b of generated) inputs.push(a + b + 'evil.example');
    for (const input of inputs) {
      const out = sameOriginPath(input, BASE);
      if (out === null) continue;
      assert.equal(new URL(out, BASE).origin, new URL(BASE).origin, `${JSON.stringify(input)} → ${out}`);
      assert.ok(!/^\/[/\\]/.test(out) && !/^\/[/\\]/.test(decodeURIComponent(new URL(out, BASE).pathname)), `${JSON.stringify(input)} → ${out}`);
    }
  });
});

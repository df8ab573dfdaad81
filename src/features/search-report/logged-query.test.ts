import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAutomated, LOGGED_QUERY_MAX, normalizeLoggedQuery } from './logged-query.ts';
import { mondayOf, reportWeeks, sundayAfter } from './report.weeks.ts';

describe('queries as the search report keeps them', () => {
  it('counts queries typed differently but alike as one', () => {
    for (const typed of ['U Visa', '  u   visa ', 'U\u00a0VISA', 'u\tvisa\n']) assert.equal(normalizeLoggedQuery(typed), 'u visa', JSON.stringify(typed));
    assert.equal(normalizeLoggedQuery('“Matter of Pickering” – INA § 212(h)'), '"matter of pickering" - ina § 212(h)');
    assert.equal(normalizeLoggedQuery('Petición'), 'petición', 'accents stay: staff read the words as typed');
  });

  it('keeps citations and short numbers', () => {
    for (const q of ['8 u.s.c. 1101(a)(43)(f)', '85 fr 82260', 'pub. l. 104-208', '8 cfr 1003.23', 'form i-601a', '23 i&n dec. 621', 'cal. penal code § 1473.7']) {
      assert.equal(normalizeLoggedQuery(q), q);
    }
  });

  it('removes what could identify the person who searched: email addresses and long numbers', () => {
    assert.equal(normalizeLoggedQuery('A-123-456-789 my case'), 'a-# my case');
    assert.equal(normalizeLoggedQuery('A123456789'), 'a#');
    assert.equal(normalizeLoggedQuery('receipt EAC2190012345 status'), 'receipt eac# status');
    assert.equal(normalizeLoggedQuery('call me 415 555 1234'), 'call me #');
    assert.equal(normalizeLoggedQuery('ssn 123-45-6789'), 'ssn #');
    assert.equal(normalizeLoggedQuery('born 03/14/1987 daca'), 'born # daca');
    assert.equal(normalizeLoggedQuery('write to maria.lopez+1@example.org about asylum'), 'write to @ about asylum');
  });

  it('drops controls and bounds the length', () => {
    assert.equal(normalizeLoggedQuery('asy\u0000lum\u202e'), 'asylum');
    assert.equal([...normalizeLoggedQuery('é'.repeat(5000))].length, LOGGED_QUERY_MAX);
    assert.equal(normalizeLoggedQuery(' \n\t '), '');
  });
});

describe('programs are not visitors', () => {
  const headers = (h: Record<string, string>) => new Headers(h);
  const browser = 'Mozilla/5.0 (Linux; Android 10; CUBOT_X30) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36';
  it('counts browsers', () => {
    assert.equal(isAutomated(headers({ 'user-agent': browser })), false);
    assert.equal(isAutomated(headers({ 'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1' })), false);
  });
  it('skips crawlers, scripts, previews, prefetches and requests without a User-Agent', () => {
    for (const agent of ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'Mozilla/5.0 (compatible; bingbot/2.0)',
      'curl/8.5.0', 'python-requests/2.31', 'facebookexternalhit/1.1', 'Slackbot-LinkExpanding 1.0', 'Mozilla/5.0 HeadlessChrome/120.0']) {
      assert.equal(isAutomated(headers({ 'user-agent': agent })), true, agent);
    }
    assert.equal(isAutomated(headers({})), true);
    assert.equal(isAutomated(headers({ 'user-agent': browser, 'sec-purpose': 'prefetch;prerender' })), true);
    assert.equal(isAutomated(headers({ 'user-agent': browser, purpose: 'prefetch' })), true);
  });
});

describe('report weeks', () => {
  it('runs Monday to Sunday, and lists every week that may still hold kept searches', () => {
    assert.equal(mondayOf('2024-11-08'), '2024-11-04');
    assert.equal(mondayOf('2024-11-04'), '2024-11-04');
    assert.equal(mondayOf('2024-11-10'), '2024-11-04');
    assert.equal(sundayAfter('2024-11-04'), '2024-11-10');
    assert.equal(mondayOf('2025-01-01'), '2024-12-30');
    const weeks = reportWeeks(new Date('2024-11-08T12:00:00Z'));
    assert.equal(weeks[0], '2024-11-04');
    assert.equal(weeks.at(-1), mondayOf('2024-05-12'), '180 days back');
    assert.equal(weeks.length, 27);
  });
});

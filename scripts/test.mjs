#!/usr/bin/env node
// Runs the test suites with node:test through tsx.
//   npm test            unit, route and repository tests on SQLite and PostgreSQL, then browser journeys
//   npm test -- --unit  skip the browser journeys;  --e2e  only the browser journeys
// Suites whose service is missing (PostgreSQL, Chromium) say so and skip, except under CI=true,
// where a missing service fails the run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const only = args.includes('--unit') ? 'unit' : args.includes('--e2e') ? 'e2e' : 'all';
const explicit = args.filter((a) => !a.startsWith('--'));

function find(dir, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) find(full, out);
    else if (/\.test\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

const unit = [...find('src'), ...find('test')];
const e2e = find('e2e');
const files = explicit.length ? explicit : only === 'unit' ? unit : only === 'e2e' ? e2e : [...unit, ...e2e];
if (files.length === 0) {
  console.error('No test files found.');
  process.exit(1);
}

// Most files spend their time waiting on a server process, PostgreSQL or a browser, not on the
// CPU: running more files than cores keeps both cores busy. TEST_CONCURRENCY overrides.
const concurrency = Number(process.env.TEST_CONCURRENCY) || 3;

const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--import', './test/support/messages.ts', '--test', `--test-concurrency=${concurrency}`, '--test-timeout=240000', ...files],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
);
process.exit(result.status ?? 1);

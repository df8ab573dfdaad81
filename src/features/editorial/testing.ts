import type { ResourceInput } from './editorial.schema.ts';

let counter = 0;

/** A valid resource input on the demo taxonomy, with a unique slug unless one is given. */
export function draftInput(overrides: Partial<ResourceInput> = {}): ResourceInput {
  return {
    title: 'Matter of Pickering after vacatur', slug: `pickering-${++counter}`, type: 'practice-advisory',
    topics: ['crimes-and-immigration'], language: 'en', audience: 'practitioners',
    summary: 'When a vacated conviction still counts for immigration purposes.',
    body: '## Background\n\nA conviction vacated for a defect in the proceedings no longer counts.',
    publishedOn: '2024-11-01', updatedOn: null, reviewedOn: null, updates: [], authors: [{ name: 'Staff Attorney', affiliation: null }], series: null, translationOf: null, supersedes: [],
    ...overrides,
  };
}

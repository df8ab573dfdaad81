import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CurrentUser, Role } from '../../platform/http.ts';
import { ACTIONS, can, loginRedirect, safeNext, type Action, type Subject } from './policy.ts';

const Y = true;
const N = false;

/** The rules as the issue states them, written out by hand: [admin, editor, author] without a subject. */
const TABLE: Record<Action, [admin: boolean, editor: boolean, author: boolean]> = {
  'admin.enter': [Y, Y, Y],
  'account.self': [Y, Y, Y],
  'resource.create': [Y, Y, Y],
  'resource.edit': [Y, Y, N],
  'resource.submit': [Y, Y, N],
  'resource.review': [Y, Y, N],
  'resource.publish': [Y, Y, N],
  'resource.schedule': [Y, Y, N],
  'resource.unpublish': [Y, Y, N],
  'resource.archive': [Y, Y, N],
  'resource.delete': [Y, N, N],
  'project.edit': [Y, Y, N],
  'statement.edit': [Y, Y, N],
  'page.edit': [Y, Y, N],
  'document.create': [Y, Y, Y],
  'document.edit': [Y, Y, N],
  'document.submit': [Y, Y, N],
  'document.review': [Y, Y, N],
  'document.publish': [Y, Y, N],
  'document.schedule': [Y, Y, N],
  'document.unpublish': [Y, Y, N],
  'document.archive': [Y, Y, N],
  'document.delete': [Y, Y, N],
  'homepage.curate': [Y, Y, N],
  'synonym.manage': [Y, Y, N],
  'search.report': [Y, Y, N],
  'taxonomy.manage': [Y, N, N],
  'settings.manage': [Y, N, N],
  'user.manage': [Y, N, N],
  'audit.read': [Y, N, N],
};

const ROLE_INDEX: Record<Role, 0 | 1 | 2> = { admin: 0, editor: 1, author: 2 };
const ME = 7;
const user = (role: Role): CurrentUser => ({ id: ME, email: `${role}@haven.test`, name: role, role });

/** Items an action may be about; `ownDraft` is the only one that widens an author's rights. */
const SUBJECTS: Record<string, Subject> = {
  ownDraft: { authorId: ME, status: 'draft' },
  ownReview: { authorId: ME, status: 'review' },
  ownPublished: { authorId: ME, status: 'published' },
  ownScheduled: { authorId: ME, status: 'scheduled' },
  ownArchived: { authorId: ME, status: 'archived' },
  ownNoStatus: { authorId: ME },
  othersDraft: { authorId: ME + 1, status: 'draft' },
  othersPublished: { authorId: ME + 1, status: 'published' },
  nobodysDraft: { authorId: null, status: 'draft' },
  empty: {},
};

/** What an author may do to their own draft beyond the table: edit it and submit it. */
const AUTHOR_OWN_DRAFT: Action[] = ['resource.edit', 'resource.submit', 'document.edit', 'document.submit'];

describe('policy: can()', () => {
  it('has a row for every action, and no row for an action that does not exist', () => {
    assert.deepEqual(Object.keys(TABLE).sort(), [...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    for (const role of Object.keys(ROLE_INDEX) as Role[]) {
      const expected = TABLE[action][ROLE_INDEX[role]];
      it(`${role} ${expected ? 'may' : 'may not'} ${action} (no subject)`, () => {
        assert.equal(can(user(role), action), expected);
      });
      for (const [label, subject] of Object.entries(SUBJECTS)) {
        const widened = role === 'author' && label === 'ownDraft' && AUTHOR_OWN_DRAFT.includes(action);
        const want = expected || widened;
        it(`${role} ${want ? 'may' : 'may not'} ${action} on ${label}`, () => {
          assert.equal(can(user(role), action, subject), want);
        });
      }
    }
    it(`an anonymous visitor may not ${action}, with or without a subject`, () => {
      assert.equal(can(null, action), false);
      for (const subject of Object.values(SUBJECTS)) assert.equal(can(null, action, subject), false);
    });
  }

  it('refuses an unknown role everything', () => {
    const odd = { ...user('author'), role: 'owner' as Role };
    for (const action of ACTIONS) assert.equal(can(odd, action, SUBJECTS.ownDraft), false, action);
  });

  it('compares author ids strictly (a string id is not the same author)', () => {
    assert.equal(can(user('author'), 'resource.edit', { authorId: String(ME) as unknown as number, status: 'draft' }), false);
  });
});

describe('policy: safeNext() and loginRedirect()', () => {
  const BASE = 'http://haven.test';
  const cases: [unknown, string | null][] = [
    ['/admin/resources', '/admin/resources'],
    ['/admin/resources?state=draft&page=2', '/admin/resources?state=draft&page=2'],
    ['/resources/x#frag', '/resources/x'],
    ['//evil.example/admin', null],
    ['/\\evil.example', null],
    ['https://evil.example/', null],
    ['javascript:alert(1)', null],
    ['admin', null],
    ['/admin\n/x', null],
    ['/admin\u0000', null],
    ['', null],
    [undefined, null],
    [42, null],
    ['/' + 'a'.repeat(3000), null],
  ];
  for (const [input, want] of cases) {
    it(`safeNext(${JSON.stringify(input)?.slice(0, 40)}) is ${JSON.stringify(want)}`, () => {
      assert.equal(safeNext(input, BASE), want);
    });
  }

  it('remembers where a GET was going, but not a POST', () => {
    assert.equal(loginRedirect('/admin/users?x=1', 'GET', BASE), '/admin/login?next=%2Fadmin%2Fusers%3Fx%3D1');
    assert.equal(loginRedirect('/admin', 'GET', BASE), '/admin/login');
    assert.equal(loginRedirect('/admin/users/1/role', 'POST', BASE), '/admin/login');
    assert.equal(loginRedirect('//evil.example', 'GET', BASE), '/admin/login');
  });
});

import type { TestEnv } from '../../../test/support/app.ts';
import type { Signed } from '../../../test/support/auth.ts';

/** The resource form's fields for a valid draft. */
export function resourceFields(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    title: 'Pickering after vacatur: a practice advisory', slug: `pickering-route-${Math.random().toString(36).slice(2, 8)}`,
    type: 'practice-advisory', topics: ['crimes-and-immigration', 'removal-defense'], language: 'en', audience: 'practitioners',
    summary: 'When a vacated conviction still counts.', body: '## Background\n\nA conviction vacated for a legal defect no longer counts.',
    publishedOn: '2024-11-07', updatedOn: '', authors: 'Staff Attorney\nSecond Author', seriesSlug: '', seriesPart: '', seriesOf: '',
    translationOf: '', supersedes: '',
    ...overrides,
  };
}

/** Posts a multipart form (fields and files) the way a browser does, with the CSRF token. */
export function postMultipart(
  env: TestEnv, path: string, auth: Pick<Signed, 'cookie' | 'csrf'>, fields: Record<string, string | string[]>,
  files: { field: string; name: string; data: Uint8Array; type?: string }[] = [],
) {
  const form = new FormData();
  form.set('_csrf', auth.csrf);
  for (const [k, v] of Object.entries(fields)) for (const item of Array.isArray(v) ? v : [v]) form.append(k, item);
  for (const f of files) form.append(f.field, new File([new Uint8Array(f.data)], f.name, { type: f.type ?? 'application/octet-stream' }));
  return env.request(path, { method: 'POST', headers: { cookie: auth.cookie }, body: form, redirect: 'manual' });
}

/** The id in a `/admin/resources/<id>…` redirect. */
export function idFromLocation(res: Response): number {
  const m = /\/admin\/resources\/(\d+)/.exec(res.headers.get('location') ?? '');
  if (!m) throw new Error(`no resource id in ${res.headers.get('location')}`);
  return Number(m[1]);
}

/** The version hidden in the edit form. */
export function formVersion(html: string): number {
  const m = /name="version" value="(\d+)"/.exec(html);
  if (!m) throw new Error('no version field on the page');
  return Number(m[1]);
}

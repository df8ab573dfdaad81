import { createTestEnv } from './test/support/app.ts';
import { createUser, openSession } from './test/support/auth.ts';
const env = await createTestEnv('sqlite');
const author = await openSession(env, await createUser(env, 'author'));
for (const [p, h] of [['/admin/homepage', { cookie: author.cookie }], ['/admin/users', { cookie: author.cookie }], ['/favicon.ico', {}], ['/resources?lang=ES', {}], ['/resources?lang=xx', {}], ['/es/resources?lang=Es', {}], ['/admin', {}], ['/resources/x/attachments/1/a.pdf', {}]] as const) {
  const res = await env.app.request('http://haven.test' + p, { headers: h as Record<string, string> });
  const text = await res.text();
  console.log(p, res.status, /<title>([^<]*)<\/title>/.exec(text)?.[1], res.headers.get('location') ?? '');
}
const post = await env.app.request('http://haven.test/admin/homepage', { method: 'POST', headers: { cookie: author.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: 'x=1' });
console.log('csrf', post.status, /<title>([^<]*)<\/title>/.exec(await post.text())?.[1]);
await env.close();

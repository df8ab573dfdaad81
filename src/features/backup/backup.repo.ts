import type { Db } from '../../db/database.ts';

/** The upload files a database refers to: attachment storage keys and media keys (base names only). */
export async function referencedUploads(db: Db): Promise<{ attachments: string[]; mediaKeys: string[] }> {
  const [attachments, media] = await Promise.all([
    db.selectFrom('attachments').select('storage_key').where('storage_key', 'is not', null).orderBy('storage_key').execute(),
    db.selectFrom('media').select('storage_key').orderBy('storage_key').execute(),
  ]);
  const plain = (keys: (string | null)[]) => [...new Set(keys.filter((k): k is string => Boolean(k) && !/[/\\]/.test(k!)))];
  return { attachments: plain(attachments.map((r) => r.storage_key)), mediaKeys: plain(media.map((r) => r.storage_key)) };
}

/** How much a database holds: resources and staff accounts (0 and 0: an empty site). */
export async function siteSize(db: Db): Promise<{ resources: number; users: number }> {
  const [r, u] = await Promise.all([
    db.selectFrom('resources').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst(),
    db.selectFrom('users').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst(),
  ]);
  return { resources: Number(r?.n ?? 0), users: Number(u?.n ?? 0) };
}

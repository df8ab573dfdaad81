import type { Db } from '../../db/database.ts';
import { bumpGeneration } from '../../db/generation.ts';
import { recordAudit } from '../audit/index.ts';
import { deleteHelpEntry, findHelpEntry, type HelpFields, insertHelpEntry, updateHelpEntry } from './help.repo.ts';

/** Who changes the help page, from where and when (for the audit log). */
export interface HelpActor {
  userId: number;
  ip: string | null;
  now: Date;
}

/**
 * Writes one change to the help page in one transaction with what goes with it: the content
 * generation (the public page, cached per generation, changes on its very next request, on every
 * node) and an audit event `settings.help` naming the change, the list and the label, as the
 * organization settings log `settings.organization`. Returns the entry's id, or null when the
 * entry to change or remove no longer exists (nothing written).
 */
export async function changeHelp(
  db: Db, change: { op: 'create'; fields: HelpFields } | { op: 'update'; id: number; fields: HelpFields } | { op: 'delete'; id: number }, actor: HelpActor,
): Promise<number | null> {
  return db.transaction().execute(async (trx) => {
    let id: number;
    let kind: string;
    let label: string;
    if (change.op === 'create') {
      id = await insertHelpEntry(trx, change.fields, actor.now);
      ({ kind, label } = change.fields);
    } else {
      const before = await findHelpEntry(trx, change.id);
      if (!before) return null;
      id = change.id;
      if (change.op === 'update') {
        const { kind: _kind, ...fields } = change.fields;
        await updateHelpEntry(trx, id, fields, actor.now);
        label = change.fields.label;
      } else {
        await deleteHelpEntry(trx, id);
        label = before.label;
      }
      kind = before.kind;
    }
    await bumpGeneration(trx);
    await recordAudit(trx, {
      action: 'settings.help', userId: actor.userId, subjectType: 'help_entry', subjectId: id,
      detail: { change: change.op, kind, label }, ip: actor.ip, at: actor.now,
    });
    return id;
  });
}

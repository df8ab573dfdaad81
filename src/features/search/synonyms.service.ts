import type { Db } from '../../db/schema.ts';
import { bumpGeneration } from '../../db/generation.ts';
import { recordAudit } from '../audit/index.ts';
import { phraseKey, type SynonymProblem } from './synonyms.schema.ts';
import { deleteSynonymGroupRow, findSynonymGroup, insertSynonymGroup, listSynonyms, updateSynonymGroup, type SynonymGroupRow } from './synonyms.repo.ts';

/** Who is acting and from where, for the audit log. */
export interface SynonymActor {
  userId: number;
  ip: string | null;
  now: Date;
}

/** Why a change was refused: `taken` carries the message for the phrases field, `conflict` what is stored now. */
export class SynonymError extends Error {
  override name = 'SynonymError';
  constructor(readonly reason: 'conflict' | 'not_found' | 'taken', readonly current?: SynonymGroupRow, readonly problem?: SynonymProblem) {
    super(reason);
  }
}

/**
 * A phrase may belong to one group only: the search reads a query's phrase with the first group
 * that has it, so the same phrase in a second group would silently do nothing there.
 */
async function refuseTakenPhrases(db: Db, phrases: string[], exceptId?: number): Promise<void> {
  const mine = new Map(phrases.map((p) => [phraseKey(p), p]));
  for (const group of await listSynonyms(db)) {
    if (group.id === exceptId) continue;
    const clash = group.phrases.find((p) => mine.has(phraseKey(p)));
    if (clash !== undefined) {
      throw new SynonymError('taken', undefined, { key: 'synonyms.error.taken', params: { phrase: mine.get(phraseKey(clash))!, group: group.phrases.join(' = ') } });
    }
  }
}

/**
 * Adds a synonym group. The content generation is bumped in the same transaction, so every node
 * reads the new list (and drops the results and pages it cached) on its next search.
 */
export async function createSynonymGroup(db: Db, phrases: string[], actor: SynonymActor): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await refuseTakenPhrases(trx, phrases);
    const id = await insertSynonymGroup(trx, phrases, actor.now.toISOString());
    await bumpGeneration(trx);
    await recordAudit(trx, { action: 'synonym.create', userId: actor.userId, subjectType: 'synonym', subjectId: id, detail: { phrases }, ip: actor.ip, at: actor.now });
    return id;
  });
}

/**
 * Saves a group opened at `version`. Someone else's save in between is SynonymError('conflict',
 * what is stored now): nothing is written and the caller shows the form again with the person's
 * own text. The audit entry keeps the phrases before and after.
 */
export async function saveSynonymGroup(db: Db, id: number, version: number, phrases: string[], actor: SynonymActor): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await findSynonymGroup(trx, id);
    if (!before) throw new SynonymError('not_found');
    if (before.version !== version) throw new SynonymError('conflict', before);
    await refuseTakenPhrases(trx, phrases, id);
    if (!(await updateSynonymGroup(trx, id, version, phrases, actor.now.toISOString()))) {
      const current = await findSynonymGroup(trx, id);
      throw current ? new SynonymError('conflict', current) : new SynonymError('not_found');
    }
    await bumpGeneration(trx);
    await recordAudit(trx, {
      action: 'synonym.update', userId: actor.userId, subjectType: 'synonym', subjectId: id,
      detail: { phrases, previous: before.phrases }, ip: actor.ip, at: actor.now,
    });
  });
}

/** Deletes a group still at `version` (a stale form gets the conflict screen); audited with what it was. */
export async function deleteSynonymGroup(db: Db, id: number, version: number, actor: SynonymActor): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const group = await findSynonymGroup(trx, id);
    if (!group) throw new SynonymError('not_found');
    if (!(await deleteSynonymGroupRow(trx, id, version))) throw new SynonymError('conflict', group);
    await bumpGeneration(trx);
    await recordAudit(trx, { action: 'synonym.delete', userId: actor.userId, subjectType: 'synonym', subjectId: id, detail: { phrases: group.phrases }, ip: actor.ip, at: actor.now });
  });
}

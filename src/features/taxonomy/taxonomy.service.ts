import type { Db } from '../../db/database.ts';
import { engineOf } from '../../db/engine.ts';
import { bumpGeneration } from '../../db/generation.ts';
import { recordAudit } from '../audit/index.ts';
import type { TermSpec } from './kinds.ts';
import { countUses, deleteUnusedTerm, findTerm, findTermIdBySlug, insertTerm, nextTypePosition, updateTerm, type Term } from './taxonomy.repo.ts';
import type { TermInput } from './taxonomy.schema.ts';

/** Who is acting and from where, for the audit log. */
export interface Actor {
  userId: number;
  ip: string | null;
  now: Date;
}

/** Why a change was refused: the caller turns it into a message beside the field or a notice. */
export type TermRefusal = 'slug_taken' | 'in_use' | 'conflict' | 'not_found';

/** A taxonomy change the rules refuse; `uses` is set for `in_use`, `current` for `conflict`. */
export class TermError extends Error {
  override name = 'TermError';
  constructor(readonly reason: TermRefusal, readonly uses = 0, readonly current?: Term) {
    super(reason);
  }
}

/**
 * Creates a topic or type. The content generation is bumped in the same transaction, so the
 * library's filters show it on every node at once. A taken slug is TermError('slug_taken'),
 * also when another request took it between the check and the insert.
 */
export async function createTerm(db: Db, spec: TermSpec, input: TermInput, actor: Actor): Promise<number> {
  if ((await findTermIdBySlug(db, spec, input.slug)) !== undefined) throw new TermError('slug_taken');
  try {
    return await db.transaction().execute(async (trx) => {
      const position = spec.kind === 'type' ? input.position ?? (await nextTypePosition(trx)) : undefined;
      const id = await insertTerm(trx, spec, { ...input, position });
      await bumpGeneration(trx);
      await recordAudit(trx, {
        action: `${spec.kind}.create`, userId: actor.userId, subjectType: spec.kind, subjectId: id,
        detail: { slug: input.slug, name: input.name }, ip: actor.ip, at: actor.now,
      });
      return id;
    });
  } catch (err) {
    if (engineOf(db).isUniqueViolation(err)) throw new TermError('slug_taken');
    throw err;
  }
}

/**
 * Saves a topic or type opened at `version`. Someone else's save in between is
 * TermError('conflict', 0, what is stored now): nothing is written and the caller shows the form
 * again with the person's own text. The audit entry records a slug change, since it moves URLs.
 */
export async function saveTerm(db: Db, spec: TermSpec, id: number, version: number, input: TermInput, actor: Actor): Promise<void> {
  const before = await findTerm(db, spec, id);
  if (!before) throw new TermError('not_found');
  const owner = await findTermIdBySlug(db, spec, input.slug);
  if (owner !== undefined && owner !== id) throw new TermError('slug_taken');
  try {
    await db.transaction().execute(async (trx) => {
      if (!(await updateTerm(trx, spec, id, version, input))) {
        const current = await findTerm(trx, spec, id);
        throw current ? new TermError('conflict', 0, current) : new TermError('not_found');
      }
      await bumpGeneration(trx);
      await recordAudit(trx, {
        action: `${spec.kind}.update`, userId: actor.userId, subjectType: spec.kind, subjectId: id,
        detail: { slug: input.slug, name: input.name, ...(before.slug !== input.slug ? { previousSlug: before.slug } : {}) },
        ip: actor.ip, at: actor.now,
      });
    });
  } catch (err) {
    if (engineOf(db).isUniqueViolation(err)) throw new TermError('slug_taken');
    throw err;
  }
}

/**
 * Deletes a topic or type that no resource (in any state, drafts included) uses; otherwise
 * TermError('in_use', how many). Audited with what it was, since it cannot be undone.
 */
export async function deleteTerm(db: Db, spec: TermSpec, id: number, actor: Actor): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const term = await findTerm(trx, spec, id);
    if (!term) throw new TermError('not_found');
    if (term.uses > 0 || !(await deleteUnusedTerm(trx, spec, id))) {
      throw new TermError('in_use', Math.max(term.uses, await countUses(trx, spec, id)));
    }
    await bumpGeneration(trx);
    await recordAudit(trx, {
      action: `${spec.kind}.delete`, userId: actor.userId, subjectType: spec.kind, subjectId: id,
      detail: { slug: term.slug, name: term.name, name_es: term.name_es }, ip: actor.ip, at: actor.now,
    });
  });
}

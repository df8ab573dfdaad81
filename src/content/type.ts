import type { Db } from '../db/database.ts';
import type { Clock } from '../platform/clock.ts';
import type { ErrorText } from '../platform/errors.ts';
import type { Role } from '../platform/http.ts';
import type { PublishState, RevisionEntity } from './content.table.ts';
import type { ContentField } from './revision.ts';
import type { PersonAction, WorkflowAction } from './workflow.ts';

/**
 * A content type: everything the one editorial engine (change.ts) needs to know about resources,
 * pages, statements or projects. A feature defines one per type and passes it to the engine;
 * the engine knows no table and no feature.
 *
 * Adding a field to a type is one place: its schema (`parse`), its `fields` entry (label, prose),
 * its `store` columns, and then the form view.
 */
export interface ContentType<Input, Snapshot extends ContentSnapshot> {
  /** The name revisions and audit entries use (`resource`, `page`, …). */
  name: RevisionEntity;
  /** Editable fields in reading order (revisions, diffs, "Edited …"). */
  fields: readonly ContentField[];
  /** Validates raw input; throws a ContentRefusal (`invalid`) keyed by field. */
  parse(raw: unknown): Input;
  /**
   * Checks what the schema cannot (slug free, references exist, dates against today); `selfId`
   * may keep its own slug; `now` is the engine's clock.
   */
  check(db: Db, input: Input, selfId: number | null, now: Date): Promise<void>;
  /** The editable fields of a snapshot, as input again (restore). */
  inputOf(snapshot: Snapshot): Input;
  /** The workflow steps this type has (all of WORKFLOW_ACTIONS for every type today). */
  steps: readonly WorkflowAction[];
  /** Steps written to the audit log (delete always is). */
  audited: ReadonlySet<WorkflowAction>;
  /** Who may take which step on which item; an actor without a role (the system) always may. */
  policy(actor: Person, step: Step, item: ContentMeta): boolean;
  /** The refusals' texts, in this type's words. */
  texts: ContentTexts;
  /** Where and how its rows are stored. */
  store: ContentStore<Input, Snapshot>;
}

/** What every snapshot holds besides the type's own fields. */
export interface ContentSnapshot {
  slug: string;
  title: string;
  status: PublishState;
  publishAt: string | null;
}

/** Workflow facts about an item, beside its snapshot. */
export interface ContentMeta {
  id: number;
  version: number;
  status: PublishState;
  author_id: number | null;
  publish_at: string | null;
  updated_at: string;
  first_published_at?: string | null;
  posted_at?: string;
}

/** An item as the engine sees it. */
export interface ContentItem<Snapshot> {
  meta: ContentMeta;
  snapshot: Snapshot;
}

/** A step the policy is asked about. */
export type Step = 'create' | 'edit' | 'delete' | PersonAction;

/** Who acts: a person (with a role, when the policy should be asked), or null for the system. */
export type Actor = { id: number; role?: Role } | null;
export type Person = { id: number; role: Role };

/** The catalog texts of a type's refusals. */
export interface ContentTexts {
  missing: ErrorText;
  conflict: ErrorText;
  forbidden: ErrorText;
  noVersion(version: number): ErrorText;
  slugTaken(slug: string): ErrorText;
  transition(from: PublishState, action: WorkflowAction): ErrorText;
  restore(version: number): ErrorText;
  schedule: { missing: ErrorText; past: ErrorText; far: ErrorText };
}

/** Workflow columns a change sets together with the version bump. */
export interface WorkflowPatch {
  status?: PublishState;
  publish_at?: string | null;
  submitted_at?: string | null;
  first_published_at?: string | null;
  posted_at?: string;
}

/** A type's storage: the only code that knows its tables (it lives in the feature's *.repo.ts). */
export interface ContentStore<Input, Snapshot> {
  find(db: Db, id: number): Promise<ContentItem<Snapshot> | undefined>;
  /** Inserts a new draft and returns its id; a taken slug fails on the unique index. */
  insert(db: Db, input: Input, authorId: number | null, now: string): Promise<number>;
  /** Writes edited fields of an item whose version has just been claimed. */
  write(db: Db, id: number, input: Input, before: ContentItem<Snapshot>, now: string): Promise<void>;
  /**
   * The optimistic lock: one conditional `UPDATE … SET version = version + 1 … WHERE id = ? AND
   * version = ?` applying `patch`; the new version, or undefined when someone changed it first.
   */
  claim(db: Db, id: number, expected: number, now: string, patch: WorkflowPatch): Promise<number | undefined>;
  /** Deletes the item if its version is still `expected`: stored file keys to remove, or undefined. */
  remove(db: Db, id: number, expected: number): Promise<string[] | undefined>;
  /** Publishes every scheduled item that is due in one conditional UPDATE … RETURNING (the scheduler). */
  publishDue(db: Db, now: string): Promise<{ id: number; version: number }[]>;
  /** Extra columns a step sets (resources: first publication and posting time). */
  stepPatch?(before: ContentMeta, action: WorkflowAction, to: PublishState, now: string): WorkflowPatch;
  /** Runs in the transaction after items were published (resources: their series' part count). */
  afterPublish?(db: Db, ids: number[]): Promise<void>;
}

/** An audit entry the engine has written inside its transaction. */
export interface ContentAuditEvent {
  action: string;
  userId: number | null;
  subjectType: string;
  subjectId: number | null;
  detail: Record<string, unknown>;
}

/** What the engine needs: the database, the time, and optionally an audit-log writer. */
export interface ContentDeps {
  db: Db;
  clock: Clock;
  audit?: (db: Db, event: ContentAuditEvent) => Promise<void>;
}

/** Any content type, for registries and the scheduler. */
export type AnyContentType = ContentType<any, ContentSnapshot>;

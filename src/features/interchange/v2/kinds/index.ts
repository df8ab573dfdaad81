import type { RecordKind } from '../kind.ts';
import { pageKind, projectKind, statementKind } from './documents.repo.ts';
import { imageKind } from './media.repo.ts';
import { recoveryCodeKind, userKind } from './people.repo.ts';
import { documentCounterKind, resourceKind } from './resources.repo.ts';
import { slugRedirectKind } from './redirects.repo.ts';
import { revisionKind } from './revisions.repo.ts';
import { helpEntryKind, homepageFeatureKind, settingKind, synonymKind } from './site.repo.ts';
import { authorKind, seriesKind, topicKind, typeKind } from './taxonomy.repo.ts';

/**
 * Every record kind of interchange v2, in the order a file lists them: a kind comes after the
 * kinds it names by key (resources name types, topics, series, projects; the homepage names
 * resources, statements and images; settings name images; revisions name everything). Export
 * writes the kinds in this order; import accepts them in this order. A feature's new table is a
 * new kind in a file of its own, added here.
 */
export const RECORD_KINDS: readonly RecordKind[] = [
  userKind,
  recoveryCodeKind,
  typeKind,
  topicKind,
  authorKind,
  seriesKind,
  imageKind,
  projectKind,
  statementKind,
  pageKind,
  resourceKind,
  documentCounterKind,
  slugRedirectKind,
  homepageFeatureKind,
  settingKind,
  synonymKind,
  helpEntryKind,
  revisionKind,
] as readonly RecordKind[] as RecordKind[];

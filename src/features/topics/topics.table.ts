import type { Generated, Selectable } from 'kysely';

export interface TopicsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  description: string;
}

export type TopicRow = Selectable<TopicsTable>;

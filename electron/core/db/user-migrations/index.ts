import type { Migration } from '../migrate.ts';
import { userMigration0001Initial } from './0001-initial.ts';
import { userMigration0002ReadingLists } from './0002-reading-lists.ts';

export const userMigrations: readonly Migration[] = [
  userMigration0001Initial,
  userMigration0002ReadingLists,
];

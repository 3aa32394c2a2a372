import type { Migration } from '../migrate.ts';
import { userMigration0001Initial } from './0001-initial.ts';
import { userMigration0002ReadingLists } from './0002-reading-lists.ts';
import { userMigration0003TrustedKeys } from './0003-trusted-keys.ts';
import { userMigration0004Highlights } from './0004-highlights.ts';

export const userMigrations: readonly Migration[] = [
  userMigration0001Initial,
  userMigration0002ReadingLists,
  userMigration0003TrustedKeys,
  userMigration0004Highlights,
];

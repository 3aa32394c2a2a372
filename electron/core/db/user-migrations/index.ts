import type { Migration } from '../migrate.ts';
import { userMigration0001Initial } from './0001-initial.ts';
import { userMigration0003TrustedKeys } from './0003-trusted-keys.ts';

/** Version 2 belongs to the reading lists' migration, which takes its place here. */
const userMigration0002ReadingLists: Migration = {
  version: 2,
  name: '0002-reading-lists',
  up() {},
};

export const userMigrations: readonly Migration[] = [
  userMigration0001Initial,
  userMigration0002ReadingLists,
  userMigration0003TrustedKeys,
];

import type { Migration } from '../migrate.ts';
import { userMigration0001Initial } from './0001-initial.ts';

export const userMigrations: readonly Migration[] = [userMigration0001Initial];

// `portal user`: what this computer's user wrote, from the command line: the copies of the user
// database (listing them, making one, restoring one) and the file that carries everything to
// another computer (export and import).
import { resolve } from 'node:path';
import { ARGUMENT_SCHEMAS } from '#shared/api-schemas.ts';
import type { Result } from '#shared/api.ts';
import type { UserBackup, UserDataCounts } from '#shared/user-data.ts';
import type { Portal } from '#core/portal.ts';
import { openLibrary, parse, UsageError } from './commands.ts';
import type { Flags } from './commands.ts';

const out = (s: string) => process.stdout.write(`${s}\n`);

const USAGE =
  'portal user backups | back-up | restore <backup-name> | export <file> | import <file>: see portal help.';

export const describeCounts = (c: UserDataCounts): string =>
  `${c.bookmarks} bookmarks, ${c.highlights} highlights, ${c.readingLists} reading lists ` +
  `(${c.readingListItems} items), ${c.trustedKeys} trusted keys`;

const describeBackup = (b: UserBackup) => `${b.name}  ${b.createdAt}  ${describeCounts(b.counts)}`;

function valueOf<T>(answer: Result<T>): T {
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

type Action = (portal: Portal, argument: string | undefined, flags: Flags) => Promise<number>;

const ACTIONS: Record<string, Action> = {
  async backups(portal, _argument, flags) {
    const backups = valueOf(await portal.api.listUserBackups());
    if (flags.json) out(JSON.stringify(backups, null, 2));
    else out(backups.length ? backups.map(describeBackup).join('\n') : 'No copies yet.');
    return 0;
  },
  async 'back-up'(portal) {
    const made = await portal.backUpUserData();
    out(
      made
        ? `Copied: ${describeBackup(made)}`
        : 'No copy needed: nothing written yet, or the newest copy holds the same.',
    );
    return 0;
  },
  async restore(portal, name) {
    if (!name) throw new UsageError(USAGE);
    const report = valueOf(
      await portal.api.restoreUserBackup(parse(ARGUMENT_SCHEMAS.userBackupName, name)),
    );
    out(`Restored ${describeBackup(report.restored)}`);
    out(
      report.safetyCopy
        ? `What was there before is kept as ${report.safetyCopy.name}.`
        : 'What was there before is the same as the newest copy, which is kept.',
    );
    return 0;
  },
  async export(portal, file) {
    if (!file) throw new UsageError(USAGE);
    const report = valueOf(await portal.api.exportUserData({ file: resolve(file) }));
    out(`Exported to ${report.file}: ${describeCounts(report.counts)}.`);
    return 0;
  },
  async import(portal, file) {
    if (!file) throw new UsageError(USAGE);
    const report = valueOf(await portal.api.importUserData({ file: resolve(file) }));
    out(`Added: ${describeCounts(report.added)}.`);
    out(`Already here, left as they were: ${describeCounts(report.alreadyHere)}.`);
    return 0;
  },
};

export async function userCommand(args: string[], flags: Flags): Promise<number> {
  const [action, argument] = args;
  const run = ACTIONS[action ?? ''];
  if (!run) throw new UsageError(USAGE);
  const portal = await openLibrary(flags);
  try {
    return await run(portal, argument, flags);
  } finally {
    portal.close();
  }
}

// The API's methods for what the user wrote as a whole: the copies of the user database, restoring
// one, and the file it all travels in. Each answers a Result through the portal's own wrapper.
import type { PortalApi, Result } from '#shared/api.ts';
import type { UserDatabase } from './user-database.ts';

type UserDataMethod = 'listUserBackups' | 'restoreUserBackup' | 'exportUserData' | 'importUserData';

export function userDataApi(
  userData: UserDatabase,
  result: <T>(work: () => T | Promise<T>) => Promise<Result<T>>,
): Pick<PortalApi, UserDataMethod> {
  return {
    listUserBackups: () => result(() => userData.listBackups()),
    restoreUserBackup: (name) => result(() => userData.restore(name)),
    exportUserData: ({ file }) => result(() => userData.exportTo(file)),
    importUserData: ({ file }) => result(() => userData.importFrom(file)),
  };
}

// The engine alone (the command line, `portal serve`) does not start sharing from an API call:
// the desktop window owns its sharing process, and the command line shares with --lan.
import type { PortalApi } from '#shared/api.ts';
import { failure } from '../serving/call-api.ts';

const refusal = async () =>
  failure(
    'forbidden',
    'Sharing with the room is started from the desktop app; on the command line, use portal serve --lan.',
  );

export const SHARING_FROM_THE_DESKTOP_ONLY: Pick<
  PortalApi,
  'sharingStatus' | 'startSharing' | 'stopSharing'
> = { sharingStatus: refusal, startSharing: refusal, stopSharing: refusal };

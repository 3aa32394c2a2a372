// The desktop app's indexing process: Electron's utility process, a Node process of its own
// started by Chromium's service layer, so that a file which takes all the memory it can ends that
// process and never the window. It runs the same entry and speaks the same messages as the Node
// host the tests use (core/ingest-host/fork-ingest-host.ts); the Electron window cannot run on the
// build machines, so this file is type-checked only.
import { INGEST_PROCESS_URL, ingestExecArgv, ingestHost } from '#core/ingest-host/ingest-host.ts';
import type { IngestHost, LaunchIngestChild } from '#core/ingest-host/ingest-host.ts';
import { utilityChild } from './utility-child.ts';

export const launchIngestUtility: LaunchIngestChild = () =>
  utilityChild(INGEST_PROCESS_URL, 'Resource Portal indexing', ingestExecArgv());

export const utilityIngestHost: IngestHost = ingestHost(launchIngestUtility);

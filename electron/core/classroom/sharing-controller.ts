// "Share with the room" as the desktop app runs it: at most one classroom process at a time,
// started for a set time, stopped on request, by its own timer or when the app quits, and asked
// about by the window as it redraws its indicator.
import { networkInterfaces } from 'node:os';
import type { PortalApi, Result } from '#shared/api.ts';
import type { SharingEnd, SharingRequest, SharingStatus } from '#shared/classroom-sharing.ts';
import { DEFAULT_PORT } from '../http/http-server.ts';
import { lanAddresses } from '../http/lan-addresses.ts';
import { addressWithRoomCode } from '../http/room-code.ts';
import { failure } from '../serving/call-api.ts';
import type { ClassroomStart } from './classroom-messages.ts';
import { readFromClassroom } from './classroom-messages.ts';
import type { ClassroomChild, LaunchClassroom } from './classroom-host.ts';

export interface SharingControllerOptions {
  launch: LaunchClassroom;
  /** The library the classroom is served, and the built interface. */
  library: Omit<ClassroomStart, 'port' | 'stopAfterMs'>;
  port?: number;
  /** This computer's network addresses now (Wi-Fi comes and goes). */
  lanAddresses?: () => string[];
  now?: () => Date;
  /** How long a process may take to say it is serving before it is given up. */
  startTimeoutMs?: number;
  stopTimeoutMs?: number;
  /** Told each time sharing starts or stops, for the app's menu and window. */
  onChange?: (status: SharingStatus) => void;
  /** The classroom server's own log: failures with their details, for the person serving. */
  log?: (line: string) => void;
}

export type SharingApi = Pick<PortalApi, 'sharingStatus' | 'startSharing' | 'stopSharing'>;

export interface SharingController {
  status(): SharingStatus;
  start(request: SharingRequest): Promise<Result<SharingStatus>>;
  stop(): Promise<SharingStatus>;
  /** The three methods of the API that the desktop window calls. */
  api: SharingApi;
  /** Ends the process at once (the app is quitting). */
  close(): void;
}

type State =
  | { kind: 'off'; ended: SharingEnd; message?: string }
  | { kind: 'starting'; child: ClassroomChild; ready: Promise<Result<SharingStatus>> }
  | {
      kind: 'on';
      child: ClassroomChild;
      port: number;
      roomCode: string;
      startedAt: Date;
      stopsAt: Date;
    };

const defaultAddresses = () => lanAddresses(networkInterfaces());

export function sharingController(options: SharingControllerOptions): SharingController {
  const addresses = options.lanAddresses ?? defaultAddresses;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  let state: State = { kind: 'off', ended: 'never-started' };
  // A process asked to stop ends as "stopped", even when it had to be killed.
  const stopping = new WeakSet<ClassroomChild>();

  const status = (): SharingStatus => {
    if (state.kind === 'off')
      return state.message === undefined
        ? { state: 'off', ended: state.ended }
        : { state: 'off', ended: state.ended, message: state.message };
    if (state.kind === 'starting') return { state: 'starting' };
    const { port, roomCode } = state;
    return {
      state: 'on',
      addresses: addresses().map((ip) => addressWithRoomCode(`http://${ip}:${port}/`, roomCode)),
      roomCode,
      port,
      startedAt: state.startedAt.toISOString(),
      stopsAt: state.stopsAt.toISOString(),
    };
  };

  const become = (next: State) => {
    state = next;
    options.onChange?.(status());
  };

  const launch = (request: SharingRequest): Promise<Result<SharingStatus>> => {
    const child = options.launch();
    let settle: (result: Result<SharingStatus>) => void = () => {};
    const ready = new Promise<Result<SharingStatus>>((resolve) => (settle = resolve));
    const fail = (message: string) => {
      if (state.kind !== 'off' && state.child === child)
        become({ kind: 'off', ended: 'failed', message });
      settle(failure('failed', message));
    };
    const timer = setTimeout(() => {
      fail('The classroom server did not start in time.');
      child.kill();
    }, options.startTimeoutMs ?? 30_000);

    child.onMessage((received) => {
      const message = readFromClassroom(received);
      if (!message) return log('The classroom process sent a message the app does not understand.');
      if (message.type === 'log') return log(message.line);
      if (message.type === 'failed') {
        clearTimeout(timer);
        return fail(message.message);
      }
      if (message.type === 'started') {
        clearTimeout(timer);
        if (state.kind !== 'starting' || state.child !== child) return;
        if (stopping.has(child))
          return settle({ ok: true, value: { state: 'off', ended: 'stopped' } });
        become({
          kind: 'on',
          child,
          port: message.port,
          roomCode: message.roomCode,
          startedAt: now(),
          stopsAt: new Date(message.stopsAt),
        });
        return settle({ ok: true, value: status() });
      }
      if (state.kind !== 'off' && state.child === child)
        become({ kind: 'off', ended: message.ended });
    });
    child.onExit((code) => {
      clearTimeout(timer);
      if (state.kind === 'off' || state.child !== child) return;
      if (stopping.has(child)) return become({ kind: 'off', ended: 'stopped' });
      // A process that ends well by itself has served its time (its message may come after).
      if (code === 0 && state.kind === 'on') return become({ kind: 'off', ended: 'time-up' });
      fail(
        state.kind === 'starting'
          ? `The classroom server stopped before it started (exit code ${code ?? 'none'}).`
          : `The classroom server stopped unexpectedly (exit code ${code ?? 'none'}).`,
      );
    });

    become({ kind: 'starting', child, ready });
    child.send({
      type: 'start',
      ...options.library,
      port: options.port ?? DEFAULT_PORT,
      stopAfterMs: request.minutes * 60_000,
    });
    return ready;
  };

  const start = async (request: SharingRequest): Promise<Result<SharingStatus>> => {
    if (state.kind === 'starting') return state.ready;
    if (state.kind === 'on') return { ok: true, value: status() };
    return launch(request);
  };

  const stop = async (): Promise<SharingStatus> => {
    if (state.kind === 'off') return status();
    const { child } = state;
    stopping.add(child);
    const exited = new Promise<void>((resolve) => child.onExit(() => resolve()));
    child.send({ type: 'stop' });
    const timer = setTimeout(() => child.kill(), options.stopTimeoutMs ?? 5_000);
    await exited;
    clearTimeout(timer);
    return status();
  };

  return {
    status,
    start,
    stop,
    api: {
      sharingStatus: async () => ({ ok: true, value: status() }),
      startSharing: (request) => start(request),
      stopSharing: async () => ({ ok: true, value: await stop() }),
    },
    close: () => {
      if (state.kind !== 'off') state.child.kill();
    },
  };
}

// "Share with the room" as the desktop app runs it, here with Node's child_process.fork host (the
// desktop's utility-process host runs the same entry and messages, but needs Electron): a real
// classroom process serving a real library to the network, with its room code, stopping when
// asked, when its time is up, or failing with the reason.
import { execFileSync } from 'node:child_process';
import { connect, createServer } from 'node:net';
import type { Server } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SharingStatus } from '#shared/classroom-sharing.ts';
import { forkClassroom } from '#core/classroom/classroom-host.ts';
import type { ClassroomChild } from '#core/classroom/classroom-host.ts';
import { sharingController } from '#core/classroom/sharing-controller.ts';
import type {
  SharingController,
  SharingControllerOptions,
} from '#core/classroom/sharing-controller.ts';
import { lanAddresses } from '#core/http/lan-addresses.ts';
import { documentIds, indexedLibrary, makeSmallLibrary } from '../../helpers/pack-library.ts';
import type { TestLibrary } from '../../helpers/pack-library.ts';
import { tempFolderFor, writeFiles } from '../../helpers/temp-folder.ts';

const LAN_ADDRESS = lanAddresses(networkInterfaces())[0];

let work = '';
let library: TestLibrary;
const controllers: SharingController[] = [];

beforeAll(async () => {
  work = tempFolderFor('classroom-sharing');
  library = await indexedLibrary(makeSmallLibrary(join(work, 'library')), join(work, 'data'));
  writeFiles(join(work, 'interface'), { 'index.html': '<!doctype html><title>Portal</title>' });
});

afterEach(async () => {
  for (const controller of controllers.splice(0)) await controller.stop();
});

afterAll(() => library?.portal.close());

function controllerFor(options: Partial<SharingControllerOptions> = {}): {
  controller: SharingController;
  changes: SharingStatus[];
  children: ClassroomChild[];
} {
  const changes: SharingStatus[] = [];
  const children: ClassroomChild[] = [];
  const controller = sharingController({
    launch: () => {
      const child = forkClassroom();
      children.push(child);
      return child;
    },
    library: {
      libraryDbPath: library.libraryDb,
      userDbPath: join(work, 'data', 'user.sqlite'),
      libraryFolder: library.folder,
      staticDir: join(work, 'interface'),
    },
    port: 0,
    onChange: (status) => changes.push(status),
    log: () => {},
    ...options,
  });
  controllers.push(controller);
  return { controller, changes, children };
}

/** A call to the API as the interface makes it. */
const callApi = (address: string, method: string, headers: Record<string, string> = {}) =>
  fetch(`${address}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ args: [] }),
  });

const until = async (done: () => boolean) => {
  for (let waited = 0; !done(); waited += 20) {
    if (waited > 10_000) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('sharing with the room', () => {
  it('serves the library to the network with a room code until stopped', async () => {
    const { controller, changes } = controllerFor({ lanAddresses: () => ['192.0.2.77'] });
    expect(controller.status()).toEqual({ state: 'off', ended: 'never-started' });

    const started = await controller.start({ minutes: 30 });
    if (!started.ok) throw new Error(started.error.message);
    const on = started.value;
    if (on.state !== 'on') throw new Error(`not sharing: ${on.state}`);
    expect(on.roomCode).toMatch(/^[2-9A-Z]{6}$/);
    expect(on.addresses).toEqual([`http://192.0.2.77:${on.port}/?room=${on.roomCode}`]);
    const minutes = (Date.parse(on.stopsAt) - Date.parse(on.startedAt)) / 60_000;
    expect(minutes).toBeCloseTo(30, 0);
    expect(changes.map((change) => change.state)).toEqual(['starting', 'on']);

    // This computer's own browser is served at once.
    const stats = await callApi(`http://127.0.0.1:${on.port}`, 'stats');
    expect(stats.status).toBe(200);

    // Asked again, it is the same classroom (one process, one code).
    const again = await controller.start({ minutes: 60 });
    expect(again.ok && again.value).toEqual(controller.status());

    const stopped = await controller.stop();
    expect(stopped).toEqual({ state: 'off', ended: 'stopped' });
    await expect(
      fetch(`http://127.0.0.1:${on.port}/api/stats`, { method: 'POST' }),
    ).rejects.toThrow();
    expect(changes.at(-1)).toEqual({ state: 'off', ended: 'stopped' });
  });

  it.skipIf(!LAN_ADDRESS)('asks visitors on the network for the room code', async () => {
    const { controller } = controllerFor();
    const started = await controller.start({ minutes: 30 });
    const on = started.ok ? started.value : null;
    if (on?.state !== 'on') throw new Error('not sharing');
    const base = `http://${LAN_ADDRESS}:${on.port}`;
    expect(on.addresses).toContain(`${base}/?room=${on.roomCode}`);

    const refused = await callApi(base, 'stats');
    expect(refused.status).toBe(401);

    const admitted = await fetch(
      on.addresses.find((a) => a.startsWith(base))!,
      {
        redirect: 'manual',
      },
    );
    expect(admitted.status).toBe(303);
    const cookie = admitted.headers.get('set-cookie')!.split(';')[0]!;
    const stats = await callApi(base, 'stats', { cookie });
    expect(stats.status).toBe(200);
    const documents = await documentIds(library.portal);
    expect(((await stats.json()) as { value: { documents: number } }).value.documents).toBe(
      documents.length,
    );
  });

  it('stops by itself when its time is up', async () => {
    const { controller, changes } = controllerFor();
    // Under a second: the API takes whole minutes, the controller any span.
    const started = await controller.start({ minutes: 0.01 });
    expect(started.ok && started.value.state).toBe('on');
    await until(() => controller.status().state === 'off');
    expect(controller.status()).toEqual({ state: 'off', ended: 'time-up' });
    expect(changes.at(-1)).toEqual({ state: 'off', ended: 'time-up' });
  });

  it('takes another port when the usual one is in use', async () => {
    const holder: Server = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '0.0.0.0', resolve));
    const held = (holder.address() as { port: number }).port;
    try {
      const { controller } = controllerFor({ port: held });
      const started = await controller.start({ minutes: 30 });
      const on = started.ok ? started.value : null;
      if (on?.state !== 'on') throw new Error('not sharing');
      expect(on.port).not.toBe(held);
    } finally {
      holder.close();
    }
  });

  it('says why when the library cannot be opened', async () => {
    writeFiles(work, { 'not-a-database.sqlite': 'These are not the bytes of a database.' });
    const { controller } = controllerFor({
      library: {
        libraryDbPath: join(work, 'not-a-database.sqlite'),
        userDbPath: join(work, 'data', 'user.sqlite'),
        libraryFolder: library.folder,
        staticDir: join(work, 'interface'),
      },
    });
    const started = await controller.start({ minutes: 30 });
    expect(started.ok).toBe(false);
    const status = controller.status();
    expect(status).toMatchObject({ state: 'off', ended: 'failed' });
    expect(status.state === 'off' && status.message).toMatch(/.+/);
  });

  it('notices a classroom process that ends unexpectedly', async () => {
    const { controller, children } = controllerFor();
    await controller.start({ minutes: 30 });
    children[0]!.kill();
    await until(() => controller.status().state === 'off');
    expect(controller.status()).toMatchObject({
      state: 'off',
      ended: 'failed',
      message: expect.stringContaining('stopped unexpectedly'),
    });
  });

  it('closes the room when the app that opened it is gone', async () => {
    const parent = fileURLToPath(
      new URL('./fixtures/abandoning-classroom-parent.ts', import.meta.url),
    );
    const printed = execFileSync(
      process.execPath,
      [
        parent,
        library.libraryDb,
        join(work, 'data', 'user.sqlite'),
        library.folder,
        join(work, 'interface'),
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    const { pid, port } = JSON.parse(printed) as { pid: number; port: number };
    const isRunning = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    await until(() => !isRunning());
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  });

  it('starts one process however many times it is asked at once', async () => {
    const { controller, children } = controllerFor();
    const [first, second] = await Promise.all([
      controller.start({ minutes: 30 }),
      controller.start({ minutes: 30 }),
    ]);
    expect(children).toHaveLength(1);
    expect(first).toEqual(second);
  });
});

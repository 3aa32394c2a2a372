// Every API method through the desktop app's IPC handlers, with arguments of every shape (and any
// value a structured clone carries), from the app's own page and from elsewhere, into the real
// engine over a real library.
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import fc from 'fast-check';
import { registerApiHandlers } from '#main/ipc-handlers.ts';
import type { InvokeEvent } from '#main/ipc-handlers.ts';
import { PORTAL_METHODS } from '#shared/api-methods.ts';
import type { Result } from '#shared/api.ts';
import { ipcChannel } from '#shared/ipc-channel.ts';
import { argumentsFor, confine } from '../api-arguments.ts';
import { openFuzzLibrary } from '../fuzz-library.ts';
import type { FuzzTarget } from '../fuzz-target.ts';
import { CaseFailure, withinTime } from '../fuzz-target.ts';
import { checkApiResult } from './api-outcome.ts';

const CASE_TIMEOUT_MS = 30_000;

type Listener = (event: InvokeEvent, ...args: unknown[]) => Promise<Result<unknown>>;

const senders = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.constant<InvokeEvent>({ senderFrame: { url: 'app://portal/index.html' } }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<InvokeEvent>(
      { senderFrame: null },
      { senderFrame: { url: 'https://example.org/' } },
      { senderFrame: { url: 'app://portal.evil/index.html' } },
    ),
  },
);

export const ipcArguments: FuzzTarget = {
  name: 'ipc-arguments',
  shortRuns: 250,
  caseTimeoutMs: CASE_TIMEOUT_MS,
  async setUp(work) {
    const library = await openFuzzLibrary(work);
    const sandbox = join(work, 'sandbox');
    mkdirSync(sandbox);
    const listed = await library.portal.api.listDocuments({});
    if (!listed.ok) throw new Error(listed.error.message);
    const handlers = new Map<string, Listener>();
    registerApiHandlers(
      { handle: (channel, listener) => handlers.set(channel, listener) },
      () => library.portal.api,
    );
    const context = {
      documentIds: listed.value.map((d) => d.id),
      sandbox,
      anyValue: fc.anything(),
    };
    const call = fc
      .constantFrom(...PORTAL_METHODS)
      .chain((method) => fc.tuple(fc.constant(method), argumentsFor(method, context), senders));
    return {
      property: fc.asyncProperty(call, async ([method, args, sender]) => {
        const listener = handlers.get(ipcChannel(method))!;
        let answer: unknown;
        try {
          answer = await withinTime(
            listener(sender, ...(confine(args, sandbox) as unknown[])),
            CASE_TIMEOUT_MS,
            method,
          );
        } catch (error) {
          if (error instanceof CaseFailure) throw error;
          throw new CaseFailure(`${method} threw instead of answering: ${String(error)}`, {
            cause: error,
          });
        }
        const result = checkApiResult(method, answer);
        if (
          sender.senderFrame?.url !== 'app://portal/index.html' &&
          (result.ok || result.error.code !== 'forbidden')
        )
          throw new CaseFailure(`${method} answered a frame that is not the app's own page.`);
      }),
      close: () => library.portal.close(),
    };
  },
};

// Every API method through the HTTP server's /api/ route, as a browser on this computer would
// call it, with bodies of every shape: arguments generated from the methods' schemas, JSON of no
// shape, text that is not JSON, wrong content types and methods, and method names that do not
// exist. Each answer is a JSON Result below status 500, and the server logs no failure.
import { mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import fc from 'fast-check';
import { startServer } from '#core/http/http-server.ts';
import { PORTAL_METHODS } from '#shared/api-methods.ts';
import { argumentsFor, confine } from '../api-arguments.ts';
import { openFuzzLibrary } from '../fuzz-library.ts';
import type { FuzzTarget } from '../fuzz-target.ts';
import { CaseFailure, withinTime } from '../fuzz-target.ts';
import { checkApiResult } from './api-outcome.ts';

const CASE_TIMEOUT_MS = 30_000;

interface Call {
  method: string;
  httpMethod: string;
  contentType: string;
  body: string;
}

function post(port: number, call: Call): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: `/api/${encodeURIComponent(call.method)}`,
        method: call.httpMethod,
        headers: { 'Content-Type': call.contentType },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(call.body);
  });
}

export const httpArguments: FuzzTarget = {
  name: 'http-arguments',
  shortRuns: 200,
  caseTimeoutMs: CASE_TIMEOUT_MS,
  async setUp(work) {
    const library = await openFuzzLibrary(work);
    const sandbox = join(work, 'sandbox');
    const staticDir = join(work, 'static');
    mkdirSync(sandbox);
    mkdirSync(staticDir);
    const listed = await library.portal.api.listDocuments({});
    if (!listed.ok) throw new Error(listed.error.message);
    const logged: string[] = [];
    const server = await startServer({
      portal: library.portal,
      staticDir,
      libraryDir: library.folder,
      port: 0,
      log: (line) => logged.push(line),
    });
    const context = {
      documentIds: listed.value.map((d) => d.id),
      sandbox,
      anyValue: fc.jsonValue({ maxDepth: 3 }),
    };
    const wellFormed = fc.constantFrom(...PORTAL_METHODS).chain((method) =>
      argumentsFor(method, context).map((args) => ({
        method,
        body: JSON.stringify({ args: confine(args, sandbox) }),
      })),
    );
    const malformed = fc.record({
      method: fc.oneof(fc.constantFrom(...PORTAL_METHODS), fc.string({ maxLength: 12 })),
      body: fc.oneof(
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? ''),
        fc.jsonValue({ maxDepth: 2 }).map((args) => JSON.stringify({ args })),
        fc.constantFrom('', '{', '{"args":', '{"args":[]}garbage', '{"__proto__":{"args":[]}}'),
      ),
    });
    const call: fc.Arbitrary<Call> = fc
      .tuple(
        fc.oneof({ weight: 4, arbitrary: wellFormed }, { weight: 1, arbitrary: malformed }),
        fc.oneof(
          { weight: 12, arbitrary: fc.constant('POST') },
          { weight: 1, arbitrary: fc.constantFrom('GET', 'PUT', 'DELETE') },
        ),
        fc.oneof(
          { weight: 12, arbitrary: fc.constant('application/json') },
          {
            weight: 1,
            arbitrary: fc.constantFrom('text/plain', 'application/json; charset=utf-8', ''),
          },
        ),
      )
      .map(([{ method, body }, httpMethod, contentType]) => ({
        method,
        body,
        httpMethod,
        contentType,
      }));
    return {
      property: fc.asyncProperty(call, async (sent) => {
        logged.length = 0;
        const answer = await withinTime(post(server.port, sent), CASE_TIMEOUT_MS, sent.method);
        let result: unknown;
        try {
          result = JSON.parse(answer.body);
        } catch {
          throw new CaseFailure(
            `${sent.method} answered ${answer.status} with a body that is not JSON: ${answer.body.slice(0, 300)}`,
          );
        }
        checkApiResult(sent.method, result);
        if (answer.status >= 500)
          throw new CaseFailure(`${sent.method} answered status ${answer.status}.`);
        if (logged.length)
          throw new CaseFailure(`The server logged a failure: ${logged.join(' | ').slice(0, 500)}`);
      }),
      async close() {
        await server.close();
        library.portal.close();
      },
    };
  },
};

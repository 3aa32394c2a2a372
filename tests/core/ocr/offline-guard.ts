// Loaded with --import into a process under test: every way out to the network (fetch, a socket,
// a name lookup), in the main thread and in every worker thread, is refused and written down in
// the file OFFLINE_GUARD_LOG names, so the test sees any attempt, even one caught and ignored.
import { appendFileSync } from 'node:fs';
import dns from 'node:dns';
import net from 'node:net';
import { isMainThread } from 'node:worker_threads';

const log = process.env.OFFLINE_GUARD_LOG;
if (!log) throw new Error('OFFLINE_GUARD_LOG must name the file attempts are written to.');

function refuse(what: string): Error {
  appendFileSync(log!, `${isMainThread ? 'main' : 'worker'}: ${what}\n`);
  return new Error(`No network in this test (${what}).`);
}

globalThis.fetch = (input) => Promise.reject(refuse(`fetch ${String(input)}`));
net.Socket.prototype.connect = function connect() {
  throw refuse('socket connect');
};
dns.lookup = (() => {
  throw refuse('dns lookup');
}) as unknown as typeof dns.lookup;

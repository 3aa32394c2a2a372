// Every API method's arguments, of every shape, through the IPC handlers and the HTTP route:
// each call ends in a Result, failures in a typed error.
import { describe } from 'vitest';
import { httpArguments } from '#scripts/fuzz/targets/http-arguments.ts';
import { ipcArguments } from '#scripts/fuzz/targets/ipc-arguments.ts';
import { shortRun } from './short-run.ts';

describe('fuzz: IPC arguments', () => shortRun(ipcArguments, 20261207));
describe('fuzz: HTTP API arguments', () => shortRun(httpArguments, 20261207));

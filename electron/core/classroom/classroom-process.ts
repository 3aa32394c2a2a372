// Entry of the process that serves a classroom for the desktop app, so that a slow search or a
// large download never holds up the app's window. Started by classroom-host.ts (Node) or the
// desktop's utility-process host.
import { parentChannel } from '../child-process/parent-channel.ts';
import { serveClassroom } from './serve-classroom.ts';

serveClassroom(parentChannel());

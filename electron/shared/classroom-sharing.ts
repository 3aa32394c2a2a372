// "Share with the room": the desktop app serves its library to the classroom's network from a
// process of its own, for a set time. What the window asks for and is told.

/** The times a trainer picks from, in minutes; the window offers these and the API takes them. */
export const SHARING_MINUTES = [30, 60, 120, 240, 480] as const;
export const DEFAULT_SHARING_MINUTES = 240;
export const MAX_SHARING_MINUTES = 720;

export interface SharingRequest {
  /** How long to share before stopping by itself. */
  minutes: number;
}

/** Why sharing is off: never started, stopped by the trainer, its time ran out, or it failed. */
export type SharingEnd = 'never-started' | 'stopped' | 'time-up' | 'failed';

export type SharingStatus =
  | {
      state: 'off';
      ended: SharingEnd;
      /** What went wrong, when it failed. */
      message?: string;
    }
  | { state: 'starting' }
  | {
      state: 'on';
      /**
       * The addresses visitors open, each carrying the room code; read again on each question, so
       * a laptop that joins the Wi-Fi after starting shows its new address. Empty when the
       * computer is on no network.
       */
      addresses: string[];
      roomCode: string;
      port: number;
      /** ISO 8601. */
      startedAt: string;
      stopsAt: string;
    };

// The window remembers its size and position in a small JSON file. Whatever the file says is
// checked and fitted to the displays attached now, so a window saved on a projector that is
// gone opens where it can be seen.
import { renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

export interface WindowPlacement {
  /** Without x and y, Electron centres the window. */
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 860 };
export const MINIMUM_SIZE = { width: 640, height: 480 };
/** How much of the window must be on a display for it to count as visible there. */
const MINIMUM_VISIBLE = { width: 120, height: 60 };

const finite = z.number().finite();
const windowStateSchema = z.object({
  bounds: z.object({ x: finite, y: finite, width: finite.positive(), height: finite.positive() }),
  maximized: z.boolean(),
});

/** The saved state, or null when the file is missing, damaged or from something else. */
export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

function fitSize(size: { width: number; height: number }, area: Rectangle) {
  return {
    width: Math.round(clamp(size.width, Math.min(MINIMUM_SIZE.width, area.width), area.width)),
    height: Math.round(clamp(size.height, Math.min(MINIMUM_SIZE.height, area.height), area.height)),
  };
}

/**
 * Where to open the window, given the saved state and the work areas of the displays now
 * attached (the first is the primary display).
 */
export function placeWindow(
  saved: WindowState | null,
  workAreas: readonly Rectangle[],
): WindowPlacement {
  const primary = workAreas[0];
  if (!primary)
    return {
      bounds: saved ? { width: saved.bounds.width, height: saved.bounds.height } : DEFAULT_SIZE,
      maximized: saved?.maximized ?? false,
    };
  if (!saved) return { bounds: fitSize(DEFAULT_SIZE, primary), maximized: false };

  let best: { area: Rectangle; visible: number } | null = null;
  for (const area of workAreas) {
    const shared = overlap(saved.bounds, area);
    const visible =
      shared.width >= MINIMUM_VISIBLE.width && shared.height >= MINIMUM_VISIBLE.height
        ? shared.width * shared.height
        : 0;
    if (visible > 0 && (!best || visible > best.visible)) best = { area, visible };
  }
  if (!best) return { bounds: fitSize(saved.bounds, primary), maximized: saved.maximized };

  const { area } = best;
  const size = fitSize(saved.bounds, area);
  return {
    bounds: {
      x: Math.round(clamp(saved.bounds.x, area.x, area.x + area.width - size.width)),
      y: Math.round(clamp(saved.bounds.y, area.y, area.y + area.height - size.height)),
      ...size,
    },
    maximized: saved.maximized,
  };
}

export async function readWindowState(file: string): Promise<WindowState | null> {
  try {
    return parseWindowState(await readFile(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Synchronous, because it runs as the window closes and the app may quit right after; written to
 * a temporary file first, so a crash mid-write never leaves half a file.
 */
export function writeWindowState(file: string, state: WindowState): void {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(state));
  renameSync(temporary, file);
}

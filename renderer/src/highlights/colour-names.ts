// The interface-string key of each highlight colour's name, read out by screen readers and shown
// in the colour menus.
import type { HighlightColour } from '#shared/highlights.ts';

export const COLOUR_NAME_KEYS = {
  yellow: 'highlights.colour.yellow',
  green: 'highlights.colour.green',
  blue: 'highlights.colour.blue',
  pink: 'highlights.colour.pink',
} as const satisfies Record<HighlightColour, string>;

import { createContext, use } from 'react';
import { makeLabels } from './labels.ts';
import type { Labels } from './labels.ts';

export const LabelsContext = createContext<Labels>(makeLabels(null, 'en'));

export function useLabels(): Labels {
  return use(LabelsContext);
}

// The background OCR run's state, asked of the engine every second or so while shown: a run goes
// on for minutes, and its pages' counts change as it reads.
import { useCallback, useEffect, useState } from 'react';
import type { OcrStatus } from '#shared/ocr-run-types.ts';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/settle.ts';

const POLL_MS = 1500;

export function useOcrStatus(documentId: string | null = null): {
  status: OcrStatus | null;
  /** Shows an answer at once (from a control's call) until the next poll. */
  show: (status: OcrStatus) => void;
} {
  const { api } = usePortal();
  const [status, setStatus] = useState<OcrStatus | null>(null);
  useEffect(() => {
    let live = true;
    const poll = async () => {
      const result = await settle(() => api.ocrStatus(documentId));
      if (live && result.ok) setStatus(result.value);
    };
    void poll();
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api, documentId]);
  const show = useCallback((next: OcrStatus) => setStatus(next), []);
  return { status, show };
}

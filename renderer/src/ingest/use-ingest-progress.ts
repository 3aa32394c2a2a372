// While files are being indexed, asks the engine how far it has got, a few times a second.
import { useEffect, useState } from 'react';
import type { IngestProgress } from '#shared/types.ts';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/settle.ts';

const POLL_MS = 400;

export function useIngestProgress(running: boolean): IngestProgress | null {
  const { api } = usePortal();
  const [progress, setProgress] = useState<IngestProgress | null>(null);
  useEffect(() => {
    if (!running) return;
    let live = true;
    const poll = async () => {
      const result = await settle(() => api.ingestProgress());
      if (live && result.ok) setProgress(result.value);
    };
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api, running]);
  return running ? progress : null;
}

// Once the first screen is up and the browser is idle, loads the reader's code and starts the
// PDF worker, so that opening a document draws its page without waiting for either.
import { useEffect } from 'react';
import { pdfWorkerPort } from '../reader/pdf/pdf-worker-port.ts';
import { loadDocumentPage } from './early-start.ts';

export function useWarmUp(): void {
  useEffect(() => {
    const warmUp = () => {
      // A warm-up that fails (the classroom's server stopped) is tried again when a document opens.
      loadDocumentPage().catch(() => {});
      pdfWorkerPort();
    };
    const handle = window.requestIdleCallback(warmUp, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }, []);
}

// Once the first screen is up and the browser is idle, loads the reader's code and starts the
// PDF worker, so that opening a document draws its page without waiting for either.
import { useEffect } from 'react';
import { pdfWorkerPort } from '../reader/pdf/pdf-worker-port.ts';
import { loadDocumentPage } from './early-start.ts';

export function useWarmUp(): void {
  useEffect(() => {
    const warmUp = () => {
      void loadDocumentPage();
      pdfWorkerPort();
    };
    const handle = window.requestIdleCallback(warmUp, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }, []);
}

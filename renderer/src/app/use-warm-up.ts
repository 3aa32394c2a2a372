// Once the first screen is up and the browser is idle, loads the reader's code and starts the
// PDF worker, so that opening a document draws its page without waiting for either.
import { useEffect } from 'react';

export function useWarmUp(): void {
  useEffect(() => {
    const warmUp = () => {
      void import('../pages/DocumentPage.tsx');
      void import('../reader/pdf/pdfjs.ts').then((pdf) => pdf.pdfWorker());
    };
    const handle = window.requestIdleCallback(warmUp, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }, []);
}

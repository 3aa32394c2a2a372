// Settings: whether scanned pages are read in the background after indexing (a setting of the
// library, kept in it), with the run's progress and controls.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/settle.ts';
import { useAnnounce } from '../components/Announcer.tsx';
import { OcrProgress } from './OcrProgress.tsx';
import { useOcrStatus } from './use-ocr-status.ts';

export function OcrSetting() {
  const { t } = useTranslation();
  const { api } = usePortal();
  const announce = useAnnounce();
  const { status, show } = useOcrStatus();
  // The box follows the click at once; the library's answer then confirms it (or puts it back).
  const [chosen, setChosen] = useState<boolean | null>(null);
  return (
    <div>
      <p className="hint">{t('ocr.settingHint')}</p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={chosen ?? status?.enabled ?? true}
          disabled={!status}
          onChange={(event) => {
            const enabled = event.target.checked;
            setChosen(enabled);
            void settle(() => api.setOcrEnabled(enabled)).then((r) => {
              if (r.ok) show(r.value);
              else announce(r.error.message);
              setChosen(null);
            });
          }}
          data-testid="ocr-enabled"
        />
        <span>{t('ocr.enabled')}</span>
      </label>
      <OcrProgress />
    </div>
  );
}

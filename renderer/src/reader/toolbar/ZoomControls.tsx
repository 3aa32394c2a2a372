// The reader's zoom controls: out, the zoom chosen (fit the width, or a scale), in, and the
// scale the page is shown at.
import { useTranslation } from 'react-i18next';
import type { ZoomState } from '../use-zoom.ts';
import { ZOOM_STEPS } from '../zoom.ts';

export function ZoomControls({ zoom, scale, setZoom, zoomBy }: ZoomState) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  return (
    <>
      <button
        type="button"
        className="icon-button"
        onClick={() => zoomBy(-1)}
        aria-label={t('reader.zoomOut')}
        data-testid="zoom-out"
      >
        <span aria-hidden="true">−</span>
      </button>
      <select
        className="zoom-select"
        aria-label={t('reader.zoom')}
        value={zoom === 'fit-width' ? 'fit-width' : String(zoom)}
        onChange={(event) =>
          setZoom(event.target.value === 'fit-width' ? 'fit-width' : Number(event.target.value))
        }
        data-testid="zoom-select"
      >
        <option value="fit-width">{t('reader.fitWidth')}</option>
        {ZOOM_STEPS.map((step) => (
          <option key={step} value={String(step)}>
            {percent.format(step)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="icon-button"
        onClick={() => zoomBy(1)}
        aria-label={t('reader.zoomIn')}
        data-testid="zoom-in"
      >
        <span aria-hidden="true">+</span>
      </button>
      <span className="muted zoom-level" aria-hidden="true" data-testid="zoom-level">
        {percent.format(scale ?? 1)}
      </span>
    </>
  );
}

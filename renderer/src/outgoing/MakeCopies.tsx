// "Make a pack…" and "Make a static copy…" for a reading list, a search or the whole library, in
// the desktop app only: both write files on this computer's disk, which nothing served over the
// network may do.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutgoingSource } from '#shared/api.ts';
import { usePortal } from '../api/portal-context.tsx';
import { MakeCopyForm } from './MakeCopyForm.tsx';
import { MakePackForm } from './MakePackForm.tsx';

type Open = 'pack' | 'copy' | null;

export function MakeCopies({
  source,
  name,
  title,
}: {
  source: OutgoingSource;
  /** What the pack's file is named after: the list's name, the search's words, the app's name. */
  name: string;
  /** The section's heading, when "Hand it out" does not say what goes out. */
  title?: string;
}) {
  const { t } = useTranslation();
  const { libraryWritable } = usePortal();
  const [open, setOpen] = useState<Open>(null);
  if (!libraryWritable) return null;
  const toggle = (which: Exclude<Open, null>) => setOpen(open === which ? null : which);
  return (
    <section className="panel outgoing" aria-labelledby="outgoing-title" data-testid="make-copies">
      <h2 id="outgoing-title">{title ?? t('outgoing.title')}</h2>
      <p className="hint">{t('outgoing.lead')}</p>
      <div className="action-bar">
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={open === 'pack'}
          aria-controls="outgoing-form"
          onClick={() => toggle('pack')}
          data-testid="make-pack"
        >
          {t('outgoing.makePack')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={open === 'copy'}
          aria-controls="outgoing-form"
          onClick={() => toggle('copy')}
          data-testid="make-copy"
        >
          {t('outgoing.makeCopy')}
        </button>
      </div>
      <div id="outgoing-form">
        {open === 'pack' && <MakePackForm source={source} name={name} />}
        {open === 'copy' && <MakeCopyForm source={source} />}
      </div>
    </section>
  );
}

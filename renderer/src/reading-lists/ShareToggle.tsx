// "Shared with the room": a checkbox that shares a reading list with classroom visitors, who can
// then read it and print its handout, or stops sharing it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '#shared/api.ts';
import { useAnnounce } from '../components/Announcer.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';

export function ShareToggle({
  listName,
  shared,
  label,
  onToggle,
}: {
  listName: string;
  shared: boolean;
  label: string;
  onToggle(shared: boolean): Promise<ApiError | null>;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  // The box shows the choice at once, while it is being saved.
  const [saving, setSaving] = useState<boolean | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const toggle = async (next: boolean) => {
    setSaving(next);
    const failed = await onToggle(next);
    setSaving(null);
    setError(failed);
    if (!failed)
      announce(
        next
          ? t('readingLists.nowShared', { name: listName })
          : t('readingLists.nowPrivate', { name: listName }),
      );
  };

  return (
    <div className="share-toggle">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={saving ?? shared}
          disabled={saving !== null}
          onChange={(event) => void toggle(event.target.checked)}
          data-testid="share-toggle"
        />
        <span>{label}</span>
      </label>
      {error && <ErrorNotice error={error} />}
    </div>
  );
}

// Everything a reader needs to highlight passages: the selected passage and its toolbar, the
// "Highlight selection" button, the marks of the document's highlights and those not found.
import { useCallback, useState } from 'react';
import type { ApiError } from '#shared/api.ts';
import type { Highlight, HighlightColour } from '#shared/highlights.ts';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../components/Announcer.tsx';
import type { HighlightList } from './use-highlights.ts';
import { usePassageSelection } from './use-passage-selection.ts';
import { COLOUR_NAME_KEYS } from './colour-names.ts';

export function usePassageHighlighting(
  documentId: string,
  list: HighlightList | undefined,
  host: Element | null,
  rootSelector: string,
) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const selection = usePassageSelection(list ? host : null, rootSelector);
  const [focusRequest, setFocusRequest] = useState(0);
  const [missing, setMissing] = useState<Highlight[]>([]);
  const { outcome, clear } = selection;

  const onHighlight = useCallback(
    async (colour: HighlightColour, note: string): Promise<ApiError | null> => {
      if (!list || outcome.kind !== 'passage') return null;
      const { page, quote } = outcome.passage;
      const failed = await list.save({ documentId, page, ...quote, colour, note });
      if (!failed) {
        clear();
        announce(t('highlights.added', { colour: t(COLOUR_NAME_KEYS[colour]) }));
      }
      return failed;
    },
    [list, outcome, documentId, clear, announce, t],
  );

  const highlights = list?.result?.ok ? list.result.value : [];
  return {
    enabled: list !== undefined,
    highlights,
    missing: missing.filter((m) => highlights.some((h) => h.id === m.id)),
    onMissing: setMissing,
    button: {
      disabled: outcome.kind === 'none',
      onClick: () => setFocusRequest((n) => n + 1),
    },
    toolbar: {
      outcome,
      toolbarRef: selection.toolbarRef,
      focusRequest,
      onHighlight,
      onClose: clear,
    },
  };
}

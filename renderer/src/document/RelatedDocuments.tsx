// Documents this one links to (a news item's report, an event's materials).
import { useTranslation } from 'react-i18next';
import type { Result } from '#shared/api.ts';
import type { DocumentDetail } from '#shared/types.ts';
import { usePortal } from '../api/portal-context.tsx';
import { useApiResult } from '../api/use-api-result.ts';
import { LinkList } from '../components/LinkList.tsx';
import { href } from '../router/routes.ts';

export function RelatedDocuments({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  const { api } = usePortal();
  const { result } = useApiResult(
    `related:${ids.join(',')}`,
    async (): Promise<Result<DocumentDetail[]>> => {
      const found = await Promise.all(ids.map((id) => api.getDocument(id)));
      return { ok: true, value: found.flatMap((r) => (r.ok ? [r.value] : [])) };
    },
  );
  const documents = result?.ok ? result.value : [];
  if (documents.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-documents">
      <h3 id="related-documents">{t('document.related')}</h3>
      <LinkList links={documents.map((d) => ({ href: href.document(d.id), label: d.title }))} />
    </section>
  );
}

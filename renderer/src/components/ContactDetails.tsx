// An organisation's public contact details; empty fields are left out, and a website opens
// outside the app.
import { useTranslation } from 'react-i18next';
import type { Contact } from '#shared/types.ts';

function websiteHref(website: string): string | null {
  const candidate = /^https?:\/\//i.test(website) ? website : `https://${website}`;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function hasContact(contact: Contact): boolean {
  return Boolean(contact.address || contact.phone || contact.email || contact.website);
}

export function ContactDetails({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  if (!hasContact(contact)) return <p className="muted">{t('directory.noContact')}</p>;
  const website = contact.website ? websiteHref(contact.website) : null;
  return (
    <dl className="contact">
      {contact.address && (
        <>
          <dt>{t('directory.address')}</dt>
          <dd>{contact.address}</dd>
        </>
      )}
      {contact.phone && (
        <>
          <dt>{t('directory.phone')}</dt>
          <dd>
            <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
          </dd>
        </>
      )}
      {contact.email && (
        <>
          <dt>{t('directory.email')}</dt>
          <dd>
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </dd>
        </>
      )}
      {contact.website && (
        <>
          <dt>{t('directory.website')}</dt>
          <dd>
            {website ? (
              <a href={website} target="_blank" rel="noopener noreferrer">
                {contact.website}
              </a>
            ) : (
              contact.website
            )}
          </dd>
        </>
      )}
    </dl>
  );
}

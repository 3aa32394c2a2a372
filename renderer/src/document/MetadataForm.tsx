// Fills in or corrects a document's details (title, type, countries, organisations, themes,
// language, year, summary). Saving re-indexes the document at once.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, DocumentMetadataInput } from '#shared/api.ts';
import { DOCUMENT_TYPES, ORGANISATION_ROLES, THEME_FACETS } from '#shared/types.ts';
import type { DocumentDetail, DocumentType, OrganisationRole } from '#shared/types.ts';
import { usePortal } from '../api/portal-context.tsx';
import { settle } from '../api/settle.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useLabels } from '../taxonomy/labels-context.tsx';
import { ROLE_LABEL, THEME_FACET_TITLE } from '../i18n/keys.ts';

const LANGUAGES = ['en', 'vi', 'th', 'lo', 'km', 'my', 'id', 'ms', 'fil'];

function toInput(detail: DocumentDetail): DocumentMetadataInput {
  return {
    id: detail.id,
    title: detail.title,
    type: detail.type,
    countries: detail.countries,
    organisations: detail.organisations.map((o) => ({ id: o.id, role: o.role })),
    themes: detail.themes,
    language: detail.language,
    year: detail.year,
    summary: detail.summary,
  };
}

function toggled(list: string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** A set of values to tick; ticking or unticking one gives the new list to onChange. */
function CheckboxGroup({
  legend,
  options,
  checked,
  onChange,
}: {
  legend: string;
  options: { value: string; label: string }[];
  checked: string[];
  onChange(checked: string[]): void;
}) {
  return (
    <fieldset className="form__fieldset">
      <legend>{legend}</legend>
      <div className="checkbox-grid">
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input
              type="checkbox"
              checked={checked.includes(option.value)}
              onChange={() => onChange(toggled(checked, option.value))}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function MetadataForm({
  detail,
  onSaved,
  onCancel,
  onForbidden,
}: {
  detail: DocumentDetail;
  onSaved(detail: DocumentDetail): void;
  onCancel(): void;
  onForbidden(error: ApiError): void;
}) {
  const { t } = useTranslation();
  const { api } = usePortal();
  const labels = useLabels();
  const ids = { title: useId(), type: useId(), language: useId(), year: useId(), summary: useId() };
  const [input, setInput] = useState(() => toInput(detail));
  const [yearText, setYearText] = useState(detail.year === null ? '' : String(detail.year));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const taxonomy = labels.taxonomy;
  const languages = LANGUAGES.includes(input.language) ? LANGUAGES : [...LANGUAGES, input.language];
  const linkedOrganisations = new Set(input.organisations.map((o) => o.id));
  const unlinked = (taxonomy?.organisations ?? []).filter((o) => !linkedOrganisations.has(o.id));

  const set = <K extends keyof DocumentMetadataInput>(key: K, value: DocumentMetadataInput[K]) =>
    setInput({ ...input, [key]: value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const year = yearText.trim() === '' ? null : Number(yearText);
    if (year !== null && (!Number.isInteger(year) || year < 1000 || year > 9999)) {
      setError({ code: 'invalid-argument', message: t('edit.badYear') });
      return;
    }
    if (input.title.trim() === '') {
      setError({ code: 'invalid-argument', message: t('edit.needTitle') });
      return;
    }
    setBusy(true);
    const result = await settle(() =>
      api.updateMetadata({ ...input, title: input.title.trim(), year }),
    );
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else if (result.error.code === 'forbidden') onForbidden(result.error);
    else setError(result.error);
  };

  return (
    <form
      className="form metadata-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="edit-title"
      data-testid="metadata-form"
    >
      <h2 id="edit-title">{t('edit.title')}</h2>
      <div className="form__row">
        <label htmlFor={ids.title}>{t('edit.fieldTitle')}</label>
        <input
          id={ids.title}
          required
          maxLength={500}
          value={input.title}
          onChange={(e) => set('title', e.target.value)}
        />
      </div>
      <div className="form__grid">
        <div className="form__row">
          <label htmlFor={ids.type}>{t('edit.fieldType')}</label>
          <select
            id={ids.type}
            value={input.type}
            onChange={(e) => set('type', e.target.value as DocumentType)}
          >
            {DOCUMENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {labels.documentType(type)}
              </option>
            ))}
          </select>
        </div>
        <div className="form__row">
          <label htmlFor={ids.language}>{t('edit.fieldLanguage')}</label>
          <select
            id={ids.language}
            value={input.language}
            onChange={(e) => set('language', e.target.value)}
          >
            {languages.map((code) => (
              <option key={code} value={code}>
                {labels.language(code)}
              </option>
            ))}
          </select>
        </div>
        <div className="form__row">
          <label htmlFor={ids.year}>{t('edit.fieldYear')}</label>
          <input
            id={ids.year}
            inputMode="numeric"
            pattern="[0-9]{4}"
            value={yearText}
            onChange={(e) => setYearText(e.target.value)}
          />
        </div>
      </div>

      <CheckboxGroup
        legend={t('edit.fieldCountries')}
        options={(taxonomy?.countries ?? []).map((c) => ({
          value: c.code,
          label: labels.country(c.code),
        }))}
        checked={input.countries}
        onChange={(countries) => set('countries', countries)}
      />

      <fieldset className="form__fieldset">
        <legend>{t('edit.fieldOrganisations')}</legend>
        <ul className="plain-list organisation-rows">
          {input.organisations.map((o, i) => (
            <li key={o.id} className="organisation-row">
              <span className="organisation-row__name">{labels.organisationName(o.id)}</span>
              <label className="visually-hidden" htmlFor={`${ids.title}-role-${i}`}>
                {t('edit.roleOf', { organisation: labels.organisationName(o.id) })}
              </label>
              <select
                id={`${ids.title}-role-${i}`}
                value={o.role}
                onChange={(e) =>
                  set(
                    'organisations',
                    input.organisations.map((x) =>
                      x.id === o.id ? { ...x, role: e.target.value as OrganisationRole } : x,
                    ),
                  )
                }
              >
                {ORGANISATION_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(ROLE_LABEL[role])}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={() =>
                  set(
                    'organisations',
                    input.organisations.filter((x) => x.id !== o.id),
                  )
                }
                aria-label={t('edit.removeOrganisation', {
                  organisation: labels.organisationName(o.id),
                })}
              >
                {t('edit.remove')}
              </button>
            </li>
          ))}
        </ul>
        {unlinked.length > 0 && (
          <label className="inline-field">
            <span>{t('edit.addOrganisation')}</span>
            <select
              value=""
              onChange={(e) => {
                if (e.target.value)
                  set('organisations', [
                    ...input.organisations,
                    { id: e.target.value, role: 'publisher' },
                  ]);
              }}
            >
              <option value="">{t('edit.chooseOrganisation')}</option>
              {unlinked.map((o) => (
                <option key={o.id} value={o.id}>
                  {labels.organisationName(o.id)}
                </option>
              ))}
            </select>
          </label>
        )}
      </fieldset>

      {THEME_FACETS.map((facet) => (
        <CheckboxGroup
          key={facet}
          legend={t(THEME_FACET_TITLE[facet])}
          options={(taxonomy?.themes ?? [])
            .filter((theme) => theme.facet === facet)
            .map((theme) => ({ value: theme.id, label: labels.themeName(theme.id) }))}
          checked={input.themes}
          onChange={(themes) => set('themes', themes)}
        />
      ))}

      <div className="form__row">
        <label htmlFor={ids.summary}>{t('edit.fieldSummary')}</label>
        <textarea
          id={ids.summary}
          rows={5}
          maxLength={20000}
          value={input.summary}
          onChange={(e) => set('summary', e.target.value)}
        />
      </div>

      {error && <ErrorNotice error={error} title={t('edit.notSaved')} />}
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy} data-testid="save-metadata">
          {busy ? t('edit.saving') : t('edit.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}

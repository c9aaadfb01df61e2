import type { OrganisationInput, OrganisationKind } from '../graphql/generated';

export interface OrganisationDraft {
  name: string;
  country: string;
  kind: OrganisationKind;
}

export const organisationKinds: OrganisationKind[] = ['city', 'region', 'agency', 'other'];
export const emptyOrganisation = (): OrganisationDraft => ({ name: '', country: '', kind: 'city' });

/** An organisation is optional, but once named it needs a valid country code. */
export function organisationProblems(
  draft: OrganisationDraft,
  t: (key: string, values?: Record<string, unknown>) => string,
) {
  if (!draft.name.trim() && !draft.country.trim()) return [];
  const problems: { field: string; message: string }[] = [];
  if (draft.name.trim().length < 2)
    problems.push({
      field: 'org-name',
      message: t('form.required', { field: t('form.organisationName') }),
    });
  if (!/^[A-Za-z]{2}$/.test(draft.country.trim()))
    problems.push({ field: 'org-country', message: t('form.invalidCountry') });
  return problems;
}

export function organisationInput(draft: OrganisationDraft): OrganisationInput | undefined {
  if (!draft.name.trim()) return undefined;
  return { name: draft.name.trim(), country: draft.country.trim().toUpperCase(), kind: draft.kind };
}

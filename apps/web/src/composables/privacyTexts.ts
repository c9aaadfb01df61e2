import type { PrivacyNoticeQuery } from '../graphql/generated';

type RetentionPeriods = PrivacyNoticeQuery['privacyNotice']['retention'];

type Translate = (key: string, values?: Record<string, unknown>) => string;

/**
 * The words of the privacy notice and the record of processing: the API names each purpose,
 * kind of data, recipient, legal basis and right by a key, and the interface language words it,
 * with the operator's retention periods inserted.
 */
export function privacyTexts(t: Translate) {
  return {
    purpose: (key: string) => t(`privacy.activity.${key}.purpose`),
    retention: (key: string, r: RetentionPeriods) =>
      t(`privacy.activity.${key}.retention`, {
        inactive: r.inactiveAccountDays,
        warning: r.warningDays,
        invitation: r.invitationDays,
        mail: r.mailDays,
        audit: r.auditDays,
      }),
    categories: (keys: readonly string[]) => keys.map((k) => t(`privacy.category.${k}`)),
    recipients: (keys: readonly string[]) =>
      keys.length ? keys.map((k) => t(`privacy.recipient.${k}`)) : [t('privacy.notice.nobodyElse')],
    basis: (basis: string) => t(`privacy.basis.${basis}`),
    right: (key: string) => t(`privacy.right.${key}`),
  };
}

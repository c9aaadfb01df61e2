import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { privacyNotice, type PrivacyNotice } from '../config/privacy-notice.js';
import {
  type LegalBasisValue,
  PrivacyNoticeObject,
  ProcessingRecordObject,
} from './dto/notice.objects.js';

/**
 * The longest time, in days, the configured retention keeps an activity's data without use: an
 * unused account is anonymised after its inactivity period plus the warning. Null: no configured
 * period (certificates live until their holder deletes the account; sign-in counters expire
 * within the hour).
 */
function retentionDays(key: string, r: PrivacyNotice['retention']): number | null {
  switch (key) {
    case 'account':
    case 'learning':
    case 'platforms':
    case 'liveWorkshops':
    case 'translation':
      return r.inactiveAccountDays + r.warningDays;
    case 'cohorts':
      return r.invitationDays;
    case 'mail':
      return r.mailDays;
    case 'audit':
      return r.auditDays;
    default:
      return null;
  }
}

@Resolver()
export class NoticeResolver {
  private readonly notice: PrivacyNotice;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.notice = privacyNotice(config.privacy);
  }

  @Allow('public')
  @Query(() => PrivacyNoticeObject, {
    description: 'The privacy notice: who is responsible, what is processed, why, how long, rights',
  })
  privacyNotice(): PrivacyNoticeObject {
    const { activities, rights, ...rest } = this.notice;
    return {
      ...rest,
      retention: { ...rest.retention },
      rights: [...rights],
      activities: activities.map((a) => ({
        key: a.key,
        legalBasis: a.legalBasis as LegalBasisValue,
        dataCategories: a.dataCategories,
        recipients: a.recipients,
      })),
    };
  }

  @Allow('admin')
  @Query(() => [ProcessingRecordObject], {
    description: 'The record of processing activities (GDPR Art. 30), for the operator',
  })
  processingRecords(): ProcessingRecordObject[] {
    return this.notice.activities.map((a) => ({
      ...a,
      legalBasis: a.legalBasis as LegalBasisValue,
      retentionDays: retentionDays(a.key, this.notice.retention),
    }));
  }
}

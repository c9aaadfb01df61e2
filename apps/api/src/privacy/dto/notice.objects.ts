import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum LegalBasisValue {
  contract = 'contract',
  legitimateInterests = 'legitimateInterests',
  legalObligation = 'legalObligation',
  consent = 'consent',
}
registerEnumType(LegalBasisValue, {
  name: 'LegalBasis',
  description:
    'GDPR Art. 6(1): contract (b), legitimate interests (f), legal obligation (c), consent (a)',
});

@ObjectType({ description: 'Retention periods in days, from the operator’s configuration' })
export class RetentionPeriodsObject {
  @Field(() => Int, { description: 'Days without a sign-in after which the holder is warned' })
  inactiveAccountDays: number;
  @Field(() => Int, { description: 'Days after the warning when the account is anonymised' })
  warningDays: number;
  @Field(() => Int, { description: 'Days after expiry when an unaccepted invitation is deleted' })
  invitationDays: number;
  @Field(() => Int, { description: 'Days after sending when a message is deleted' })
  mailDays: number;
  @Field(() => Int, { description: 'Days after which audit entries lose who they concern' })
  auditDays: number;
}

@ObjectType({ description: 'One purpose the academy processes personal data for' })
export class ProcessingActivityObject {
  @Field({ description: 'Names the purpose; the web app words it in each language' })
  key: string;
  @Field(() => LegalBasisValue)
  legalBasis: LegalBasisValue;
  @Field(() => [String], { description: 'Kinds of personal data (keys)' })
  dataCategories: string[];
  @Field(() => [String], { description: 'Who else sees the data (keys)' })
  recipients: string[];
}

@ObjectType({ description: 'The privacy notice (GDPR Art. 13), built from the configuration' })
export class PrivacyNoticeObject {
  @Field({ description: 'Hash of the notice’s content; registration records the one accepted' })
  version: string;
  @Field()
  controllerName: string;
  @Field(() => String, { nullable: true })
  contactEmail: string | null;
  @Field(() => String, { nullable: true, description: 'The data protection officer' })
  dpoContact: string | null;
  @Field(() => RetentionPeriodsObject)
  retention: RetentionPeriodsObject;
  @Field(() => [ProcessingActivityObject])
  activities: ProcessingActivityObject[];
  @Field(() => [String], { description: 'The data-subject rights (keys)' })
  rights: string[];
}

@ObjectType({ description: 'An entry of the record of processing activities (GDPR Art. 30)' })
export class ProcessingRecordObject extends ProcessingActivityObject {
  @Field(() => [String], { description: 'The tables that hold this data' })
  tables: string[];
  @Field(() => Int, {
    nullable: true,
    description:
      'The configured retention period that applies, in days; null: as long as the account exists',
  })
  retentionDays: number | null;
}

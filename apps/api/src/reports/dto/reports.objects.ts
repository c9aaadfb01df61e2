import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReportOrganisation')
export class ReportOrganisationObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() country: string;
}

@ObjectType('TrainingEnrolment')
export class TrainingEnrolmentObject {
  @Field(() => ID) id: string;
  @Field() courseSlug: string;
  @Field() locale: string;
  @Field() enrolledAt: Date;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  @Field(() => Int) lessonsCompleted: number;
}

@ObjectType('TrainingCertificate')
export class TrainingCertificateObject {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'The enrolment (course run) it certifies' }) enrolmentId: string;
  @Field() courseSlug: string;
  @Field() courseTitle: string;
  @Field() issuedAt: Date;
}

@ObjectType('TrainingRecord', {
  description: 'One person’s training, shared with their organisation',
})
export class TrainingRecordObject {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
  @Field() email: string;
  @Field(() => Date, { nullable: true, description: 'When the person agreed to share' })
  sharedAt: Date | null;
  @Field(() => [TrainingEnrolmentObject]) enrolments: TrainingEnrolmentObject[];
  @Field(() => [TrainingCertificateObject]) certificates: TrainingCertificateObject[];
}

@ObjectType('CertifiedInYear')
export class CertifiedInYearObject {
  @Field(() => Int) year: number;
  @Field(() => Int) certificates: number;
  @Field(() => Int, { description: 'Distinct people certified that year' }) people: number;
}

@ObjectType('OrganisationTrainingReport', {
  description:
    'The manager’s own organisation: its verified members who agreed to share their training record',
})
export class OrganisationTrainingReportObject {
  @Field(() => ReportOrganisationObject, { nullable: true })
  organisation: ReportOrganisationObject | null;
  @Field(() => [TrainingRecordObject]) people: TrainingRecordObject[];
  @Field(() => Int, { description: 'Members left out: not verified or not agreeing to share' })
  notIncluded: number;
  @Field(() => [CertifiedInYearObject]) certifiedPerYear: CertifiedInYearObject[];
}

@ObjectType('CountryReach')
export class CountryReachObject {
  @Field() country: string;
  @Field(() => Int) organisations: number;
  @Field(() => Int) learners: number;
}

@ObjectType('CourseLanguageFigures')
export class CourseLanguageFiguresObject {
  @Field() courseSlug: string;
  @Field() locale: string;
  @Field(() => Int) enrolments: number;
  @Field(() => Int) completions: number;
}

@ObjectType('WorkshopFigures')
export class WorkshopFiguresObject {
  @Field(() => Int, { description: 'Cohort sessions with attendance marked' }) sessionsHeld: number;
  @Field(() => Int, { description: 'Present marks over all sessions' }) attendances: number;
  @Field(() => Int, { description: 'Distinct people present at least once' }) attendees: number;
  @Field(() => Int, { description: 'Distinct people who joined a live workshop' })
  liveParticipants: number;
}

@ObjectType('PartnershipFigures', { description: 'Aggregates for the partnership’s reporting' })
export class PartnershipFiguresObject {
  @Field(() => Int, { description: 'Organisations with at least one enrolled person' })
  organisations: number;
  @Field(() => [CountryReachObject]) countries: CountryReachObject[];
  @Field(() => [CourseLanguageFiguresObject]) courses: CourseLanguageFiguresObject[];
  @Field(() => WorkshopFiguresObject) workshops: WorkshopFiguresObject;
}

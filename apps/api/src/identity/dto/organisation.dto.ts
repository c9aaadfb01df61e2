import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsInt, IsUUID, Matches, Max, Min } from 'class-validator';
import { OrganisationObject } from './identity.objects.js';

@InputType()
export class OrganisationDomainsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organisationId must be an organisation id' })
  organisationId: string;

  @Field(() => [String], {
    description: 'Email domains whose addresses belong to the organisation, e.g. utrecht.nl',
  })
  @ArrayMaxSize(20)
  @Matches(/^@?[a-z0-9-]+(\.[a-z0-9-]+)+\.?$/i, {
    each: true,
    message: 'each domain must look like utrecht.nl',
  })
  domains: string[];
}

@InputType()
export class MemberVerificationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a user id' })
  userId: string;

  @Field({
    description: 'True confirms the person belongs to the organisation; false withdraws it',
  })
  @IsBoolean()
  verified: boolean;
}

@ArgsType()
export class MembersArgs {
  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  offset: number = 0;

  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 50;
}

@ObjectType('OrganisationMember')
export class OrganisationMemberObject {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
  @Field() email: string;
  @Field(() => String, {
    nullable: true,
    description: 'domain (its email-domain rule) or manager; null: not verified',
  })
  verification: string | null;
  @Field(() => Date, { nullable: true }) verifiedAt: Date | null;
}

@ObjectType('OrganisationMemberPage', {
  description: 'The people of the manager’s own organisation',
})
export class OrganisationMemberPageObject {
  @Field(() => OrganisationObject, { nullable: true }) organisation: OrganisationObject | null;
  @Field(() => [OrganisationMemberObject]) items: OrganisationMemberObject[];
  @Field(() => Int) total: number;
}

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrganisationKindValue, RoleValue } from './identity.inputs.js';

@ObjectType('Organisation')
export class OrganisationObject {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  country: string;

  @Field(() => OrganisationKindValue)
  kind: OrganisationKindValue;

  @Field(() => [String], { description: 'Addresses at these domains are verified members' })
  emailDomains: string[];
}

@ObjectType('User')
export class UserObject {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field()
  preferredLocale: string;

  @Field(() => [RoleValue], { description: 'Always includes learner' })
  roles: RoleValue[];

  /** Resolved through a DataLoader by the resolver. */
  organisationId: string | null;

  @Field({
    description: 'The organisation confirmed the person (by its email domains or a manager)',
  })
  organisationVerified: boolean;

  @Field({ description: 'The person agreed to share their training record with the organisation' })
  shareTrainingRecord: boolean;

  @Field(() => Date, { nullable: true })
  trainingRecordSharedAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType('UserPage')
export class UserPageObject {
  @Field(() => [UserObject])
  items: UserObject[];

  @Field(() => Int)
  total: number;

  @Field(() => Int)
  offset: number;

  @Field(() => Int)
  limit: number;
}

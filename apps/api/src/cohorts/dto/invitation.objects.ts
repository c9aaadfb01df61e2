import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserObject } from '../../identity/dto/identity.objects.js';

@ObjectType('AcceptedInvitation')
export class AcceptedInvitationObject {
  @Field(() => UserObject) user: UserObject;
  @Field(() => ID) cohortId: string;
}

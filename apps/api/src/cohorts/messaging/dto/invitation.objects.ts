import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum InvitationStateValue {
  pending = 'pending',
  accepted = 'accepted',
  expired = 'expired',
}
registerEnumType(InvitationStateValue, { name: 'InvitationState' });

export enum InvitationAcceptanceValue {
  joined = 'joined',
  confirmationSent = 'confirmationSent',
}
registerEnumType(InvitationAcceptanceValue, {
  name: 'InvitationAcceptance',
  valuesMap: {
    confirmationSent: {
      description: 'A confirmation link went to the address; opening it signed in accepts',
    },
  },
});

@ObjectType('Invitation', { description: 'What an invitation link shows: whom it invites to what' })
export class InvitationObject {
  @Field() cohortName: string;
  @Field({ description: 'Accepting needs an account with this address' }) email: string;
  @Field() displayName: string;
  @Field({
    description: 'The language the host chose for the invitee (a suggestion for a new account)',
  })
  locale: string;
  @Field(() => InvitationStateValue) state: InvitationStateValue;
  @Field() expiresAt: Date;
}

@ObjectType('InvitationAcceptanceResult')
export class InvitationAcceptanceObject {
  @Field(() => InvitationAcceptanceValue) status: InvitationAcceptanceValue;
  @Field(() => ID) cohortId: string;
}

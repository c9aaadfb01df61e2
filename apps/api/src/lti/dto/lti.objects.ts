import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('LtiPlatform', { description: 'A learning platform registered to launch the academy' })
export class LtiPlatformObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() issuer: string;
  @Field() clientId: string;
  @Field(() => [String]) deploymentIds: string[];
  @Field() authLoginUrl: string;
  @Field() jwksUrl: string;
  @Field(() => String, { nullable: true }) tokenUrl: string | null;
  @Field() createdAt: Date;
}

@ObjectType('LtiToolConfiguration', {
  description: 'The URLs a platform administrator pastes into the platform',
})
export class LtiToolConfigurationObject {
  @Field({ description: 'Tool URL / target link URI' }) toolUrl: string;
  @Field({ description: 'Initiate login URL (OIDC third-party-initiated login)' }) loginUrl: string;
  @Field({ description: 'Redirection URI (where id_tokens are posted)' }) launchUrl: string;
  @Field({ description: 'Public keyset URL of the academy' }) jwksUrl: string;
  @Field({ description: 'Content selection URL (Deep Linking)' })
  deepLinkingUrl: string;
}

@ObjectType('LtiRegistrationLink', {
  description: 'A Dynamic Registration URL for one platform (LTI Dynamic Registration 1.0)',
})
export class LtiRegistrationLinkObject {
  @Field({ description: 'Paste into the platform as the tool URL for dynamic registration' })
  url: string;
  @Field() expiresAt: Date;
}

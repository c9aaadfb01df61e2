import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('XapiStore', {
  description: 'A Learning Record Store that receives xAPI statements (the secret is never shown)',
})
export class XapiStoreObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() endpoint: string;
  @Field() key: string;
  @Field() enabled: boolean;
  @Field() shareEmail: boolean;
  @Field({ description: 'Whether SECRETS_KEY is set, so secrets saved now are sealed at rest' })
  secretsSealed: boolean;
  @Field() createdAt: Date;
}

import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';

const URL_RULE = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

/** What a platform administrator copies from the platform's tool registration. */
@InputType()
export class LtiPlatformInput {
  @Field({ description: 'A name for administrators, e.g. "Moodle of the city of Ghent"' })
  @IsString()
  @Length(1, 200)
  name: string;

  @Field({ description: 'The platform ID (iss of its id_tokens), e.g. https://moodle.example.org' })
  @IsString()
  @Length(1, 500)
  issuer: string;

  @Field({ description: 'The client ID the platform gave the academy (aud of its id_tokens)' })
  @IsString()
  @Length(1, 500)
  clientId: string;

  @Field(() => [String], { description: 'Deployment IDs the academy accepts launches from' })
  @IsArray()
  @ArrayMinSize(1, { message: 'deploymentIds needs at least one deployment ID' })
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 255, { each: true })
  deploymentIds: string[];

  @Field({ description: 'Authentication request URL (OIDC auth endpoint) of the platform' })
  @IsUrl(URL_RULE, { message: 'authLoginUrl must be an http(s) URL' })
  @MaxLength(2000)
  authLoginUrl: string;

  @Field({ description: 'Public keyset URL (JWKS) of the platform' })
  @IsUrl(URL_RULE, { message: 'jwksUrl must be an http(s) URL' })
  @MaxLength(2000)
  jwksUrl: string;

  @Field({ nullable: true, description: 'Access token URL (for grade services, later)' })
  @IsOptional()
  @IsUrl(URL_RULE, { message: 'tokenUrl must be an http(s) URL' })
  @MaxLength(2000)
  tokenUrl?: string;
}

@InputType()
export class UpdateLtiPlatformInput extends LtiPlatformInput {
  @Field(() => ID) @IsUUID() id: string;
}

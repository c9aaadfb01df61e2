import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUrl, IsUUID, Length, MaxLength } from 'class-validator';

const URL_RULE = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

/** What an administrator copies from the Learning Record Store's client credentials. */
@InputType()
export class XapiStoreInput {
  @Field({ description: 'A name for administrators, e.g. "Regional HR learning records"' })
  @IsString()
  @Length(1, 200)
  name: string;

  @Field({ description: 'The LRS endpoint; statements go to <endpoint>/statements' })
  @IsUrl(URL_RULE, { message: 'endpoint must be an http(s) URL' })
  @MaxLength(2000)
  endpoint: string;

  @Field({ description: 'Basic-auth key (user name) of the LRS client' })
  @IsString()
  @Length(1, 500)
  key: string;

  @Field(() => String, {
    nullable: true,
    description: 'Basic-auth secret; required when adding, left out to keep the stored one',
  })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  secret?: string | null;

  @Field({ defaultValue: true })
  @IsBoolean()
  enabled: boolean;

  @Field({
    defaultValue: false,
    description: 'Identify learners by e-mail (mbox) instead of an opaque account id',
  })
  @IsBoolean()
  shareEmail: boolean;
}

@InputType()
export class UpdateXapiStoreInput extends XapiStoreInput {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

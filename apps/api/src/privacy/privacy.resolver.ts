import { Args, Context, Field, ID, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsBoolean, IsString, IsUUID, MaxLength } from 'class-validator';
import { Allow } from '../common/access.js';
import { Me } from '../common/current-user.decorator.js';
import type { CurrentUser, GraphqlContext } from '../common/graphql-context.js';
import { JsonObjectScalar } from '../common/json.scalar.js';
import { PrivacyService } from './privacy.service.js';

@InputType()
export class DeleteMyAccountInput {
  @Field({ description: 'The account password, to confirm' })
  @IsString()
  @MaxLength(1024)
  password: string;

  @Field({
    description:
      'True: issued certificates stay verifiable (with the name on them). False: each is revoked with reason "holder deleted account" and the name removed.',
  })
  @IsBoolean()
  keepCertificatesVerifiable: boolean;
}

@InputType()
export class DeleteAccountOfInput {
  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field()
  @IsBoolean()
  keepCertificatesVerifiable: boolean;
}

@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Allow('signedIn')
  @Query(() => JsonObjectScalar, {
    description:
      'Everything the academy holds about the signed-in person, as one JSON document (GDPR access and portability).',
  })
  myPersonalData(@Me() me: CurrentUser): Promise<unknown> {
    return this.privacy.export(me.id);
  }

  @Allow('signedIn')
  @Mutation(() => Boolean, {
    description:
      'Deletes the signed-in account after checking its password; personal data is removed or anonymised in one transaction.',
  })
  async deleteMyAccount(
    @Me() me: CurrentUser,
    @Args('input') input: DeleteMyAccountInput,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    await this.privacy.erase({
      userId: me.id,
      // The client a throttle counts by (behind TRUST_PROXY, the forwarded address).
      confirmation: { password: input.password, client: ctx.req.ip ?? 'unknown' },
      keepCertificatesVerifiable: input.keepCertificatesVerifiable,
      adminId: null,
    });
    return true;
  }

  @Allow('admin')
  @Mutation(() => Boolean, {
    description:
      'Deletes an account on its holder’s request, processed by an admin; recorded in the audit log.',
  })
  async deleteAccountOf(
    @Me() me: CurrentUser,
    @Args('input') input: DeleteAccountOfInput,
  ): Promise<boolean> {
    await this.privacy.erase({
      userId: input.userId,
      confirmation: null,
      keepCertificatesVerifiable: input.keepCertificatesVerifiable,
      adminId: me.id,
    });
    return true;
  }
}

import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { Allow } from '../common/access.js';
import type { GraphqlContext } from '../common/graphql-context.js';
import { publicOrigin } from '../common/request-origin.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { LtiPlatformInput, UpdateLtiPlatformInput } from './dto/lti.inputs.js';
import {
  LtiPlatformObject,
  LtiRegistrationLinkObject,
  LtiToolConfigurationObject,
} from './dto/lti.objects.js';
import { LtiRegistrationService } from './lti-registration.service.js';
import { Me } from '../common/current-user.decorator.js';
import type { CurrentUser } from '../common/graphql-context.js';
import { LtiPlatformsService } from './lti-platforms.service.js';
import type { LtiPlatformEntity } from './lti.entities.js';

const toObject = (p: LtiPlatformEntity): LtiPlatformObject => ({
  id: p.id,
  name: p.name,
  issuer: p.issuer,
  clientId: p.clientId,
  deploymentIds: p.deploymentIds,
  authLoginUrl: p.authLoginUrl,
  jwksUrl: p.jwksUrl,
  tokenUrl: p.tokenUrl,
  createdAt: p.createdAt,
});

/** Registration of learning platforms that launch the academy as an LTI 1.3 tool (admins). */
@Resolver()
export class LtiResolver {
  constructor(
    private readonly platforms: LtiPlatformsService,
    private readonly registration: LtiRegistrationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Allow('admin')
  @Query(() => [LtiPlatformObject])
  async ltiPlatforms(): Promise<LtiPlatformObject[]> {
    return (await this.platforms.list()).map(toObject);
  }

  @Allow('admin')
  @Query(() => LtiToolConfigurationObject)
  ltiToolConfiguration(@Context() ctx: GraphqlContext): LtiToolConfigurationObject {
    const origin = publicOrigin(this.config.publicUrl, ctx.req, this.config.port);
    return {
      toolUrl: `${origin}/`,
      loginUrl: `${origin}/lti/login`,
      launchUrl: `${origin}/lti/launch`,
      jwksUrl: `${origin}/lti/jwks.json`,
      deepLinkingUrl: `${origin}/lti/launch`,
    };
  }

  @Allow('admin')
  @Mutation(() => LtiRegistrationLinkObject, {
    description: 'A single-use Dynamic Registration URL to paste into a platform (valid a day)',
  })
  createLtiRegistrationLink(
    @Me() me: CurrentUser,
    @Context() ctx: GraphqlContext,
  ): Promise<LtiRegistrationLinkObject> {
    const origin = publicOrigin(this.config.publicUrl, ctx.req, this.config.port);
    return this.registration.createLink(me.id, origin);
  }

  @Allow('admin')
  @Mutation(() => LtiPlatformObject)
  async registerLtiPlatform(@Args('input') input: LtiPlatformInput): Promise<LtiPlatformObject> {
    return toObject(await this.platforms.register(input));
  }

  @Allow('admin')
  @Mutation(() => LtiPlatformObject)
  async updateLtiPlatform(
    @Args('input') input: UpdateLtiPlatformInput,
  ): Promise<LtiPlatformObject> {
    const { id, ...fields } = input;
    return toObject(await this.platforms.update(id, fields));
  }

  @Allow('admin')
  @Mutation(() => Boolean)
  async removeLtiPlatform(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.platforms.remove(id);
  }
}

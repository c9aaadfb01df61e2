import { Inject } from '@nestjs/common';
import {
  Args,
  Context,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { FastifyReply } from 'fastify';
import { Allow } from '../common/access.js';
import { Me, MaybeMe } from '../common/current-user.decorator.js';
import { notFound } from '../common/errors.js';
import type { CurrentUser, GraphqlContext } from '../common/graphql-context.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { privacyNotice } from '../config/privacy-notice.js';
import {
  ChangePasswordInput,
  LoginInput,
  RegisterInput,
  RoleChangeInput,
  UpdateProfileInput,
  UsersArgs,
} from './dto/identity.inputs.js';
import { OrganisationObject, UserObject, UserPageObject } from './dto/identity.objects.js';
import { IdentityService, type NewSession } from './identity.service.js';
import { toUserObject } from './identity.mapper.js';
import { setSessionCookie } from './session-cookie.js';
import { SESSION_COOKIE } from './session-tokens.js';

/** The client a throttle counts by: the address Fastify reports (behind TRUST_PROXY, the forwarded one). */
const clientOf = (ctx: GraphqlContext) => ctx.req.ip ?? 'unknown';

@Resolver(() => UserObject)
export class IdentityResolver {
  /** The version a registration must have accepted (fixed for the process: settings are read once). */
  private readonly noticeVersion: string;

  constructor(
    private readonly identity: IdentityService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.noticeVersion = privacyNotice(config.privacy).version;
  }

  @Allow('public')
  @Query(() => UserObject, { nullable: true, description: 'The signed-in user, or null' })
  async me(@MaybeMe() me: CurrentUser | null): Promise<UserObject | null> {
    if (!me) return null;
    const user = await this.identity.findUser(me.id);
    return user ? toUserObject(user) : null;
  }

  @Allow('public')
  @Mutation(() => Boolean, {
    description:
      'Creates an account; sign in next with the same email and password. Answers true also when the address already has an account (its owner is told by email), so it reveals nothing about who has one.',
  })
  async register(
    @Args('input') input: RegisterInput,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    await this.identity.register(input, clientOf(ctx), {
      registrationsPerHour: this.config.registrationsPerHour,
      privacyNoticeVersion: this.noticeVersion,
    });
    return true;
  }

  @Allow('public')
  @Mutation(() => UserObject)
  async login(
    @Args('input') input: LoginInput,
    @Context() ctx: GraphqlContext,
  ): Promise<UserObject> {
    const session = await this.identity.login(
      input.email,
      input.password,
      clientOf(ctx),
      this.config.sessionTtlDays,
    );
    this.setCookie(ctx, session);
    return toUserObject(session.user);
  }

  @Allow('signedIn')
  @Mutation(() => Boolean, { description: 'Ends this session' })
  async logout(@Me() me: CurrentUser, @Context() ctx: GraphqlContext): Promise<boolean> {
    await this.identity.logout(me.sessionId);
    this.clearCookie(ctx.res);
    return true;
  }

  @Allow('signedIn')
  @Mutation(() => Int, {
    description: 'Ends every session of the signed-in user; returns how many',
  })
  async logoutEverywhere(@Me() me: CurrentUser, @Context() ctx: GraphqlContext): Promise<number> {
    const count = await this.identity.logoutEverywhere(me.id);
    this.clearCookie(ctx.res);
    return count;
  }

  @Allow('signedIn')
  @Mutation(() => UserObject)
  async updateProfile(
    @Me() me: CurrentUser,
    @Args('input') input: UpdateProfileInput,
  ): Promise<UserObject> {
    return toUserObject(await this.identity.updateProfile(me.id, input));
  }

  @Allow('signedIn')
  @Mutation(() => Boolean, { description: 'Also signs out every other session' })
  async changePassword(
    @Me() me: CurrentUser,
    @Args('input') input: ChangePasswordInput,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    await this.identity.changePassword(me, input.currentPassword, input.newPassword, clientOf(ctx));
    return true;
  }

  @Allow('admin')
  @Query(() => UserPageObject)
  async users(@Args() args: UsersArgs): Promise<UserPageObject> {
    const { items, total } = await this.identity.listUsers(args.search, args.offset, args.limit);
    return { items: items.map(toUserObject), total, offset: args.offset, limit: args.limit };
  }

  @Allow('admin')
  @Mutation(() => UserObject)
  async grantRole(@Args('input') input: RoleChangeInput): Promise<UserObject> {
    const user = await this.identity.setRole(input.userId, input.role, true);
    if (!user) throw notFound('The user');
    return toUserObject(user);
  }

  @Allow('admin')
  @Mutation(() => UserObject)
  async revokeRole(@Args('input') input: RoleChangeInput): Promise<UserObject> {
    const user = await this.identity.setRole(input.userId, input.role, false);
    if (!user) throw notFound('The user');
    return toUserObject(user);
  }

  @ResolveField(() => OrganisationObject, { nullable: true })
  async organisation(
    @Parent() user: UserObject,
    @Context() ctx: GraphqlContext,
  ): Promise<OrganisationObject | null> {
    if (!user.organisationId) return null;
    const org = await ctx.loaders.organisation.load(user.organisationId);
    return org as OrganisationObject | null;
  }

  private setCookie(ctx: GraphqlContext, session: NewSession) {
    setSessionCookie(ctx.res, session, ctx.req.protocol === 'https');
  }

  private clearCookie(reply: FastifyReply) {
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}

import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GrantableRole } from './roles.js';
import { AppError, ErrorCode, forbidden, unauthenticated } from './errors.js';
import type { GraphqlContext } from './graphql-context.js';

/** Who may call a resolver: anyone, any signed-in user, or users holding one of the roles. */
export type AccessRule = 'public' | 'signedIn' | GrantableRole;

export const ACCESS_RULES = 'academy:access_rules';

/**
 * Every query and mutation states who may call it. The guard refuses any handler without a
 * rule, and a test lists handlers that lack one, so forgetting it cannot open an endpoint.
 */
export const Allow = (...rules: [AccessRule, ...AccessRule[]]) => SetMetadata(ACCESS_RULES, rules);

@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true; // REST routes are public by design
    const rules = this.reflector.getAllAndOverride<AccessRule[] | undefined>(ACCESS_RULES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rules) {
      throw new AppError(ErrorCode.Internal, 'This operation has no access rule and is disabled.');
    }
    if (rules.includes('public')) return true;
    const { user } = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    if (!user) throw unauthenticated();
    if (rules.includes('signedIn')) return true;
    // Admins may do everything a host or an editor may do.
    if (
      user.roles.includes('admin') ||
      rules.some((rule) => user.roles.includes(rule as GrantableRole))
    ) {
      return true;
    }
    throw forbidden();
  }
}

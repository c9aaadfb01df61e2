import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated } from './errors.js';
import type { CurrentUser, GraphqlContext } from './graphql-context.js';

/** The signed-in user; throws UNAUTHENTICATED when there is none. */
export const Me = createParamDecorator((_: unknown, context: ExecutionContext): CurrentUser => {
  const user = GqlExecutionContext.create(context).getContext<GraphqlContext>().user;
  if (!user) throw unauthenticated();
  return user;
});

/** The signed-in user or null, for operations open to everyone. */
export const MaybeMe = createParamDecorator(
  (_: unknown, context: ExecutionContext): CurrentUser | null =>
    GqlExecutionContext.create(context).getContext<GraphqlContext>().user,
);

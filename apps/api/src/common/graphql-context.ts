import type { Request, Response } from 'express';
import type { GrantableRole } from '../identity/user.entity.js';
import type { Loaders } from './loaders.js';

export interface CurrentUser {
  id: string;
  sessionId: string;
  roles: GrantableRole[];
  locale: string;
}

/** What every resolver receives: the request, the signed-in user and per-request DataLoaders. */
export interface GraphqlContext {
  req: Request;
  res: Response;
  user: CurrentUser | null;
  loaders: Loaders;
}

import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { type JsonLogger, requestContext } from './logger.js';

const validId = /^[A-Za-z0-9._-]{1,64}$/;

/** Gives every request an id (kept from X-Request-Id when sane), and logs one line per request. */
export function requestContextMiddleware(logger: JsonLogger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.header('x-request-id');
    const requestId = incoming && validId.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    requestContext.run({ requestId }, () => {
      res.on('finish', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        requestContext.run({ requestId }, () =>
          logger.emit('info', 'request', 'http', undefined, {
            method: req.method,
            path: req.originalUrl.split('?')[0],
            status: res.statusCode,
            ms: Math.round(ms * 10) / 10,
          }),
        );
      });
      next();
    });
  };
}

import { Module } from '@nestjs/common';
import { IdentityResolver } from './identity.resolver.js';
import { IdentityService } from './identity.service.js';
import { LoginThrottle } from './login-throttle.js';

@Module({
  providers: [IdentityService, IdentityResolver, LoginThrottle],
  exports: [IdentityService],
})
export class IdentityModule {}

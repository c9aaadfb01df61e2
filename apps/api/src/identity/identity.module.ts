import { Module } from '@nestjs/common';
import { MailModule } from '../mail/index.js';
import { AccountNotices } from './account-notices.js';
import { IdentityResolver } from './identity.resolver.js';
import { IdentityService } from './identity.service.js';
import { LoginThrottle } from './login-throttle.js';

@Module({
  imports: [MailModule],
  providers: [IdentityService, IdentityResolver, LoginThrottle, AccountNotices],
  exports: [IdentityService],
})
export class IdentityModule {}

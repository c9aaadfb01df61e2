import { Module } from '@nestjs/common';
import { MailModule } from '../mail/index.js';
import { AccountNotices } from './account-notices.js';
import { IdentityResolver } from './identity.resolver.js';
import { IdentityService } from './identity.service.js';
import { InactiveAccounts } from './inactive-accounts.js';
import { OrganisationMembers } from './organisation-members.service.js';
import { OrganisationResolver } from './organisation.resolver.js';
import { LoginThrottle } from './login-throttle.js';
import { IdentityPersonalData } from './personal-data.service.js';

@Module({
  imports: [MailModule],
  providers: [
    IdentityService,
    IdentityResolver,
    LoginThrottle,
    AccountNotices,
    IdentityPersonalData,
    InactiveAccounts,
    OrganisationMembers,
    OrganisationResolver,
  ],
  exports: [IdentityService, IdentityPersonalData, InactiveAccounts],
})
export class IdentityModule {}

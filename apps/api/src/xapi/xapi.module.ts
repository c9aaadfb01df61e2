import { Module } from '@nestjs/common';
import { CertificatesModule } from '../certificates/index.js';
import { CurriculumModule } from '../curriculum/index.js';
import { IdentityModule } from '../identity/index.js';
import { LearningModule } from '../learning/index.js';
import { XapiDeliveryService } from './xapi-delivery.service.js';
import { XapiPersonalData } from './personal-data.service.js';
import { XapiResolver } from './xapi.resolver.js';
import { XapiStoresService } from './xapi-stores.service.js';

/** xAPI statements to the Learning Record Stores administrators configure (issue 19). */
@Module({
  imports: [IdentityModule, CurriculumModule, LearningModule, CertificatesModule],
  providers: [XapiStoresService, XapiDeliveryService, XapiResolver, XapiPersonalData],
  exports: [XapiPersonalData],
})
export class XapiModule {}

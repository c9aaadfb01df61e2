import { CartridgeModule } from './cartridge/cartridge.module.js';
import { AuditModule } from './audit/audit.module.js';
import { PrivacyModule } from './privacy/privacy.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { WorkspaceModule } from './workspace/workspace.module.js';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessGuard } from './common/access.js';
import { APP_CONFIG, type AppConfig } from './config/config.js';
import { CertificatesModule } from './certificates/certificates.module.js';
import { CohortsModule } from './cohorts/cohorts.module.js';
import { CurriculumContentService } from './curriculum/curriculum-content.service.js';
import { CurriculumModule } from './curriculum/curriculum.module.js';
import { dataSourceOptions } from './database/data-source.js';
import { LccModule } from './lcc/lcc.module.js';
import { LearningModule } from './learning/learning.module.js';
import { graphqlOptions } from './graphql/graphql-options.js';
import { HealthModule } from './health/health.module.js';
import { IdentityModule } from './identity/identity.module.js';
import { IdentityService } from './identity/identity.service.js';
import { JobsModule } from './jobs/jobs.module.js';
import { LiveModule } from './live/index.js';
import { LtiModule } from './lti/index.js';
import { XapiModule } from './xapi/index.js';
import { PubSubModule } from './infra/pubsub/pubsub.module.js';
import { MailModule } from './mail/mail.module.js';
import { LimitsModule } from './infra/limits/limits.module.js';

@Global()
@Module({})
class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}

/** The whole API; `databaseUrl` is resolved before (embedded server or DATABASE_URL). */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [IdentityModule, CurriculumModule],
          inject: [getDataSourceToken(), IdentityService, CurriculumContentService],
          useFactory: (
            dataSource: DataSource,
            identity: IdentityService,
            content: CurriculumContentService,
          ) => graphqlOptions(dataSource, identity, content, config),
        }),
        DiscoveryModule,
        JobsModule,
        MailModule,
        LimitsModule,
        PubSubModule,
        HealthModule,
        IdentityModule,
        CurriculumModule,
        LearningModule,
        LccModule,
        CertificatesModule,
        CohortsModule,
        CartridgeModule,
        LtiModule,
        XapiModule,
        AuditModule,
        PrivacyModule,
        ReportsModule,
        WorkspaceModule,
        LiveModule,
      ],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}

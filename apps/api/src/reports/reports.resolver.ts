import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access.js';
import { Me } from '../common/current-user.decorator.js';
import type { CurrentUser } from '../common/graphql-context.js';
import {
  OrganisationTrainingReportObject,
  PartnershipFiguresObject,
} from './dto/reports.objects.js';
import { OrganisationReport } from './organisation-report.service.js';
import { PartnershipReadModel } from './partnership.read-model.js';

@Resolver()
export class ReportsResolver {
  constructor(
    private readonly report: OrganisationReport,
    private readonly partnership: PartnershipReadModel,
  ) {}

  @Allow('org-manager')
  @Query(() => OrganisationTrainingReportObject, {
    description:
      'The training of the manager’s own organisation: verified members who agreed to share',
  })
  organisationTrainingReport(@Me() me: CurrentUser): Promise<OrganisationTrainingReportObject> {
    return this.report.forManager(me.id);
  }

  @Allow('admin')
  @Query(() => PartnershipFiguresObject, {
    description: 'Organisations and countries reached, completions, workshop attendance',
  })
  async partnershipFigures(): Promise<PartnershipFiguresObject> {
    const [countries, courses, workshops] = await Promise.all([
      this.partnership.countries(),
      this.partnership.courses(),
      this.partnership.workshops(),
    ]);
    return {
      organisations: countries.reduce((sum, c) => sum + c.organisations, 0),
      countries,
      courses,
      workshops,
    };
  }
}

import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access.js';
import { Me } from '../common/current-user.decorator.js';
import type { CurrentUser } from '../common/graphql-context.js';
import {
  MembersArgs,
  MemberVerificationInput,
  OrganisationDomainsInput,
  OrganisationMemberObject,
  OrganisationMemberPageObject,
} from './dto/organisation.dto.js';
import { OrganisationObject } from './dto/identity.objects.js';
import type { OrganisationKindValue } from './dto/identity.inputs.js';
import { OrganisationMembers } from './organisation-members.service.js';
import type { OrganisationEntity } from './organisation.entity.js';

const toObject = (o: OrganisationEntity): OrganisationObject => ({
  id: o.id,
  name: o.name,
  country: o.country,
  kind: o.kind as OrganisationKindValue,
  emailDomains: o.emailDomains,
});

@Resolver()
export class OrganisationResolver {
  constructor(private readonly members: OrganisationMembers) {}

  @Allow('org-manager')
  @Query(() => OrganisationMemberPageObject, {
    description: 'The people who gave the organisation manager’s own organisation as theirs',
  })
  async organisationMembers(
    @Me() me: CurrentUser,
    @Args() args: MembersArgs,
  ): Promise<OrganisationMemberPageObject> {
    const page = await this.members.list(me.id, args.offset, args.limit);
    return { ...page, organisation: page.organisation ? toObject(page.organisation) : null };
  }

  @Allow('org-manager')
  @Mutation(() => OrganisationMemberObject, {
    description: 'Confirms or withdraws that a person belongs to the manager’s own organisation',
  })
  setMemberVerified(
    @Me() me: CurrentUser,
    @Args('input') input: MemberVerificationInput,
  ): Promise<OrganisationMemberObject> {
    return this.members.setVerified(me.id, input.userId, input.verified);
  }

  @Allow('admin')
  @Mutation(() => OrganisationObject, {
    description:
      'Sets the email domains of an organisation; its people with matching addresses are verified',
  })
  async setOrganisationDomains(
    @Args('input') input: OrganisationDomainsInput,
  ): Promise<OrganisationObject> {
    return toObject(await this.members.setDomains(input.organisationId, input.domains));
  }
}

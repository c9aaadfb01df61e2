import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access.js';
import { UpdateXapiStoreInput, XapiStoreInput } from './dto/xapi.inputs.js';
import { XapiStoreObject } from './dto/xapi.objects.js';
import type { XapiStoreEntity } from './xapi.entities.js';
import { XapiStoresService } from './xapi-stores.service.js';

/** Learning Record Stores that receive the academy's xAPI statements (admins). */
@Resolver()
export class XapiResolver {
  constructor(private readonly stores: XapiStoresService) {}

  private toObject = (s: XapiStoreEntity): XapiStoreObject => ({
    id: s.id,
    name: s.name,
    endpoint: s.endpoint,
    key: s.key,
    enabled: s.enabled,
    shareEmail: s.shareEmail,
    secretsSealed: this.stores.box.sealing,
    createdAt: s.createdAt,
  });

  @Allow('admin')
  @Query(() => [XapiStoreObject])
  async xapiStores(): Promise<XapiStoreObject[]> {
    return (await this.stores.list()).map(this.toObject);
  }

  @Allow('admin')
  @Mutation(() => XapiStoreObject)
  async addXapiStore(@Args('input') input: XapiStoreInput): Promise<XapiStoreObject> {
    return this.toObject(await this.stores.add(input));
  }

  @Allow('admin')
  @Mutation(() => XapiStoreObject)
  async updateXapiStore(@Args('input') input: UpdateXapiStoreInput): Promise<XapiStoreObject> {
    const { id, ...fields } = input;
    return this.toObject(await this.stores.update(id, fields));
  }

  @Allow('admin')
  @Mutation(() => Boolean)
  async removeXapiStore(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.stores.remove(id);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, notFound } from '../common/errors.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { XapiStoreInput } from './dto/xapi.inputs.js';
import { XapiStoreEntity } from './xapi.entities.js';
import { XapiSecretBox } from './xapi-secret.js';

/** The endpoint without trailing slashes: `<endpoint>/statements` is then well formed. */
const trimEndpoint = (url: string) => url.trim().replace(/\/+$/, '');

/** Learning Record Stores configured by administrators (xAPI). */
@Injectable()
export class XapiStoresService {
  readonly box: XapiSecretBox;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.box = new XapiSecretBox(config.secretsKey);
  }

  list(): Promise<XapiStoreEntity[]> {
    return this.dataSource
      .getRepository(XapiStoreEntity)
      .find({ order: { name: 'ASC', createdAt: 'ASC' } });
  }

  async add(input: XapiStoreInput): Promise<XapiStoreEntity> {
    if (!input.secret)
      throw badInput('secret is required for a new store', [
        { field: 'secret', message: 'Give the secret of the LRS client.' },
      ]);
    const secret = input.secret;
    return this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(XapiStoreEntity);
      // The id is the sealed secret's associated data, so the row is made first.
      const store = await repo.save(repo.create({ ...this.fields(input), sealedSecret: '' }));
      await repo.update({ id: store.id }, { sealedSecret: this.box.seal(secret, store.id) });
      return store;
    });
  }

  async update(id: string, input: XapiStoreInput): Promise<XapiStoreEntity> {
    const repo = this.dataSource.getRepository(XapiStoreEntity);
    const found = await repo.findOneBy({ id });
    if (!found) throw notFound('The learning record store');
    Object.assign(found, this.fields(input));
    if (input.secret) found.sealedSecret = this.box.seal(input.secret, id);
    return repo.save(found);
  }

  async remove(id: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(XapiStoreEntity).delete({ id });
    if (!result.affected) throw notFound('The learning record store');
    return true;
  }

  /** A store with its secret opened, for sending; null when removed or switched off since. */
  async forSending(id: string): Promise<(XapiStoreEntity & { secret: string }) | null> {
    const store = await this.dataSource
      .getRepository(XapiStoreEntity)
      .createQueryBuilder('s')
      .addSelect('s.sealedSecret')
      .where('s.id = :id AND s.enabled', { id })
      .getOne();
    return store && { ...store, secret: this.box.open(store.sealedSecret, store.id) };
  }

  private fields(input: XapiStoreInput) {
    return {
      name: input.name.trim(),
      endpoint: trimEndpoint(input.endpoint),
      key: input.key.trim(),
      enabled: input.enabled,
      shareEmail: input.shareEmail,
    };
  }
}

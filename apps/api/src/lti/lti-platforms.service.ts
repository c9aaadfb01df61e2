import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { badInput, conflict, notFound } from '../common/errors.js';
import type { LtiPlatformInput } from './dto/lti.inputs.js';
import { LtiPlatformEntity } from './lti.entities.js';

const isUniqueViolation = (error: unknown) =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';

/** Trims the fields and drops repeated deployment IDs; the issuer is compared exactly, as sent. */
function normalise(input: LtiPlatformInput) {
  const deploymentIds = [...new Set(input.deploymentIds.map((d) => d.trim()).filter(Boolean))];
  if (deploymentIds.length === 0)
    throw badInput('deploymentIds needs at least one deployment ID', [
      { field: 'deploymentIds', message: 'Give at least one deployment ID.' },
    ]);
  return {
    name: input.name.trim(),
    issuer: input.issuer.trim(),
    clientId: input.clientId.trim(),
    deploymentIds,
    authLoginUrl: input.authLoginUrl.trim(),
    jwksUrl: input.jwksUrl.trim(),
    tokenUrl: input.tokenUrl?.trim() || null,
  };
}

const DUPLICATE = 'A platform with this issuer and client ID is registered already.';

/** Learning platforms registered by administrators to launch the academy (LTI 1.3). */
@Injectable()
export class LtiPlatformsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(): Promise<LtiPlatformEntity[]> {
    return this.dataSource
      .getRepository(LtiPlatformEntity)
      .find({ order: { name: 'ASC', createdAt: 'ASC' } });
  }

  async register(input: LtiPlatformInput): Promise<LtiPlatformEntity> {
    const repo = this.dataSource.getRepository(LtiPlatformEntity);
    try {
      return await repo.save(repo.create(normalise(input)));
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(DUPLICATE);
      throw error;
    }
  }

  async update(id: string, input: LtiPlatformInput): Promise<LtiPlatformEntity> {
    const repo = this.dataSource.getRepository(LtiPlatformEntity);
    const found = await repo.findOneBy({ id });
    if (!found) throw notFound('The platform');
    try {
      return await repo.save(Object.assign(found, normalise(input)));
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(DUPLICATE);
      throw error;
    }
  }

  /** Removing a platform stops its launches; accounts it created stay (their links lose it). */
  async remove(id: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(LtiPlatformEntity).delete({ id });
    if (!result.affected) throw notFound('The platform');
    return true;
  }

  /** Platforms with this issuer; the client ID picks one when several share it. */
  byIssuer(issuer: string): Promise<LtiPlatformEntity[]> {
    return this.dataSource.getRepository(LtiPlatformEntity).findBy({ issuer });
  }
}

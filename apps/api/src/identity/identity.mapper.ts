import { RoleValue } from './dto/identity.inputs.js';
import type { UserObject } from './dto/identity.objects.js';
import type { UserEntity } from './user.entity.js';

/** Copies only the public fields: the password hash can never reach the API by accident. */
export function toUserObject(user: UserEntity): UserObject {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    preferredLocale: user.preferredLocale,
    roles: [RoleValue.learner, ...user.roles.map((r) => r as RoleValue)],
    organisationId: user.organisationId,
    organisationVerified: user.organisationVerification !== null,
    shareTrainingRecord: user.sharesTrainingRecord,
    trainingRecordSharedAt: user.trainingRecordSharedAt,
    createdAt: user.createdAt,
  };
}

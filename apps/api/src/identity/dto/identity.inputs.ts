import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { supportedLocales } from '../locales.js';
import { organisationKinds, type OrganisationKind } from '../organisation.entity.js';
import { grantableRoles, type GrantableRole } from '../user.entity.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../passwords.js';

export enum OrganisationKindValue {
  city = 'city',
  region = 'region',
  agency = 'agency',
  other = 'other',
}
registerEnumType(OrganisationKindValue, { name: 'OrganisationKind' });

export enum RoleValue {
  learner = 'learner',
  host = 'host',
  editor = 'editor',
  admin = 'admin',
  /** Verifies who belongs to their own organisation. */
  orgManager = 'org-manager',
}
registerEnumType(RoleValue, { name: 'Role', description: 'learner is held by every user' });

@InputType()
export class OrganisationInput {
  @Field()
  @IsString()
  @Length(2, 200)
  name: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. NL' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO code such as NL' })
  country: string;

  @Field(() => OrganisationKindValue)
  @IsIn(organisationKinds)
  kind: OrganisationKind;
}

@InputType()
export class RegisterInput {
  @Field()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email: string;

  @Field({
    description: `At least ${PASSWORD_MIN_LENGTH} characters, not a common password, not containing the name or email`,
  })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH, {
    message: `password must be at most ${PASSWORD_MAX_LENGTH} characters`,
  })
  password: string;

  @Field()
  @IsString()
  @Length(1, 120, { message: 'displayName must be between 1 and 120 characters' })
  displayName: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(supportedLocales, {
    message: `preferredLocale must be one of ${supportedLocales.join(', ')}`,
  })
  preferredLocale?: string;

  @Field(() => OrganisationInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganisationInput)
  organisation?: OrganisationInput;

  @Field({
    description:
      'The version of the privacy notice (privacyNotice.version) the person read and accepted; registration is refused when it is not the current one.',
  })
  @Matches(/^[0-9a-f]{16}$/, { message: 'privacyNoticeVersion must be a privacy notice version' })
  privacyNoticeVersion: string;

  @Field({
    nullable: true,
    description: 'The person agrees to share their training record with their organisation',
  })
  @IsOptional()
  @IsBoolean()
  shareTrainingRecord?: boolean;
}

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

@InputType()
export class UpdateProfileInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 120, { message: 'displayName must be between 1 and 120 characters' })
  displayName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(supportedLocales, {
    message: `preferredLocale must be one of ${supportedLocales.join(', ')}`,
  })
  preferredLocale?: string;

  @Field(() => OrganisationInput, { nullable: true, description: 'Replaces the organisation' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganisationInput)
  organisation?: OrganisationInput;

  @Field({
    nullable: true,
    description:
      'Agrees (true) or no longer agrees (false) to share the training record with the organisation; another organisation starts without it',
  })
  @IsOptional()
  @IsBoolean()
  shareTrainingRecord?: boolean;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @Field({
    description: `At least ${PASSWORD_MIN_LENGTH} characters, not a common password, not containing the name or email`,
  })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH, {
    message: `newPassword must be at most ${PASSWORD_MAX_LENGTH} characters`,
  })
  newPassword: string;
}

@InputType()
export class RoleChangeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a user id' })
  userId: string;

  @Field(() => RoleValue)
  @IsIn(grantableRoles, { message: `role must be one of ${grantableRoles.join(', ')}` })
  role: GrantableRole;
}

@ArgsType()
export class UsersArgs {
  @Field({ nullable: true, description: 'Matches email or display name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  offset: number = 0;

  @Field(() => Int, { defaultValue: 25 })
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 25;
}

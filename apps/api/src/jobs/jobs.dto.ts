import { ArgsType, Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';

@ObjectType('FailedJob', { description: 'A background job that used up its retries' })
export class FailedJobObject {
  @Field(() => ID) id: string;
  @Field({ description: 'The queue: certificate-issue or mail-send' }) queue: string;
  @Field({ description: 'The last error' }) error: string;
  @Field(() => Int) retryCount: number;
  @Field(() => GraphQLISODateTime) createdOn: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) failedOn: Date | null;
}

@ObjectType('FailedJobPage')
export class FailedJobPageObject {
  @Field(() => [FailedJobObject]) items: FailedJobObject[];
  @Field(() => Int) total: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
}

@ArgsType()
export class FailedJobsArgs {
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) offset: number = 0;
  @Field(() => Int, { defaultValue: 50 }) @IsInt() @Min(1) @Max(200) limit: number = 50;
}

@ArgsType()
export class JobIdArgs {
  @Field(() => ID) @IsUUID('all', { message: 'id must be a job id' }) id: string;
}

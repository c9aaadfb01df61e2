import { Module } from '@nestjs/common';
import { JsonObjectScalar } from '../common/json.scalar.js';
import { LccResolver } from './lcc.resolver.js';

@Module({ providers: [LccResolver, JsonObjectScalar] })
export class LccModule {}

import { Module } from '@nestjs/common';
import { LccResolver } from './lcc.resolver.js';

@Module({ providers: [LccResolver] })
export class LccModule {}

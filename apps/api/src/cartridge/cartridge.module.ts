import { Module } from '@nestjs/common';
import { CurriculumModule } from '../curriculum/index.js';
import { IdentityModule } from '../identity/index.js';
import { CartridgeController } from './cartridge.controller.js';

/** Courses exported as IMS Common Cartridge, for LMSs that cannot use LTI (issue 19). */
@Module({
  imports: [CurriculumModule, IdentityModule],
  controllers: [CartridgeController],
})
export class CartridgeModule {}

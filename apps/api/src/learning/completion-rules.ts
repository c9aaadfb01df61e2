import { Injectable } from '@nestjs/common';
import type { EnrolmentEntity } from './enrolment.entity.js';

export type ExtraRule = (enrolment: EnrolmentEntity) => Promise<{ rule: string; met: boolean }[]>;

/**
 * Completion rules on top of a course's own, contributed by other features without the learning
 * feature depending on them (e.g. a cohort's minimum attendance).
 */
@Injectable()
export class CompletionRules {
  private readonly rules: ExtraRule[] = [];

  register(rule: ExtraRule): void {
    this.rules.push(rule);
  }

  async extras(enrolment: EnrolmentEntity): Promise<{ rule: string; met: boolean }[]> {
    if (this.rules.length === 0) return [];
    return (await Promise.all(this.rules.map((rule) => rule(enrolment)))).flat();
  }
}

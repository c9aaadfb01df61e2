import { calculateLcc, validateLccScenario } from '@academy/lcc';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access.js';
import { badInput } from '../common/errors.js';
import { JsonObjectScalar } from '../common/json.scalar.js';

/** Life-cycle costing (Directive 2014/24/EU Art. 68) with the academy's one engine. */
@Resolver()
export class LccResolver {
  @Allow('public')
  @Query(() => JsonObjectScalar, {
    description:
      'Computes an LCC comparison of 1–6 offers; the input and output shapes are those of @academy/lcc',
  })
  calculateLcc(@Args('scenario', { type: () => JsonObjectScalar }) scenario: unknown): unknown {
    const checked = validateLccScenario(scenario);
    if (!checked.ok) {
      throw badInput(
        `The scenario has ${checked.errors.length} problem(s): ${checked.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
        checked.errors.map((e) => ({ field: e.path, message: e.message })),
      );
    }
    return calculateLcc(checked.scenario);
  }
}

import { LCC_PLACEHOLDER } from './index.js';
it('loads', () => expect(LCC_PLACEHOLDER).toBe(true));

export const LCC_PLACEHOLDER = true;

/** Strings of the insights elements. Exact wording from the product spec where it has one. */
export const insights = {} as const;

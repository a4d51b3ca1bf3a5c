/** Strings of the diagnostics elements. Exact wording from the product spec where it has one. */
export const diagnostics = {} as const;

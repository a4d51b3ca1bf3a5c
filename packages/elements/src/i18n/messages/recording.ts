/** Strings of the recording elements. Exact wording from the product spec where it has one. */
export const recording = {} as const;

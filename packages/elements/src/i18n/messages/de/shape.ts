/**
 * The shape a translation of one English area file must have: every key, strings stay strings,
 * templates keep their parameters. Used with `satisfies`, so a missing, extra or mistyped key fails
 * the typecheck.
 */
export type AreaShape<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

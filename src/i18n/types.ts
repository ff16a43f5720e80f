/**
 * The shape of a translation table. English (src/i18n/en/) is the reference: every other language is typed as
 * `Translation`, so a missing or misspelt key fails `npm run typecheck`. Strings widen to `string`; functions (for
 * plurals and sentences with values in them) keep their parameters.
 */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Widen<T[K]> }
        : T;

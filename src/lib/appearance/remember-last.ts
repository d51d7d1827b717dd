/**
 * Remembering a function's last result, so resolving the appearance again after one aspect
 * changed (a new colour choice, the same sizes) only recomputes that aspect. Arguments are
 * compared by identity: networks, degree maps and measure maps are never changed in place,
 * a changed one is a new object.
 */

/**
 * `compute`, remembering its last arguments and result: a call with the same arguments
 * (compared with Object.is) returns the same result without computing. The last arguments
 * stay referenced until the next call with others.
 */
export function rememberLast<Args extends readonly unknown[], Result>(
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  let lastArgs: Args | undefined;
  let lastResult: Result;
  return (...args: Args): Result => {
    const previous = lastArgs;
    if (previous && previous.length === args.length && args.every((arg, i) => Object.is(arg, previous[i]))) {
      return lastResult;
    }
    lastResult = compute(...args);
    lastArgs = args;
    return lastResult;
  };
}

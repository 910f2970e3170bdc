// Helpers shared by the bench scripts.

const mean = (xs, key) => xs.reduce((s, x) => s + x[key], 0) / xs.length;

/** Mean rps / p50 / p99 and total errors over several autocannon rounds ({ rps, p50, p99, errors } each). */
export const summarize = (xs) => ({
  rps: mean(xs, 'rps'),
  p50: mean(xs, 'p50'),
  p99: mean(xs, 'p99'),
  errors: xs.reduce((s, x) => s + x.errors, 0),
});

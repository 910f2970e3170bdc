/**
 * A pure function of one string that keeps its recent answers: the conversation, the reader, the gate and the
 * classifier ask about the same command (and its first words) in turn, several times per interpretation.
 */
export function keepingRecent<T>(fn: (text: string) => T, limit = 64): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as T;
    const answer = fn(text);
    if (answers.size >= limit) answers.clear();
    answers.set(text, answer);
    return answer;
  };
}

/**
 * A pure function of one string and a fixed context, remembering up to `limit` answers per context (for short
 * keys that recur across commands, such as single words); the context is held weakly.
 */
export function keepingPerContext<C extends object, T>(
  fn: (text: string, context: C) => T,
  limit: number,
): (text: string, context: C) => T {
  const byContext = new WeakMap<C, Map<string, T>>();
  return (text, context) => {
    let answers = byContext.get(context);
    if (!answers) byContext.set(context, (answers = new Map()));
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as T;
    const answer = fn(text, context);
    if (answers.size >= limit) answers.clear();
    answers.set(text, answer);
    return answer;
  };
}

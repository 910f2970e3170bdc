import nunjucks from 'nunjucks';
import type { AlertInput, AlertKind } from './alert.types.js';

/**
 * Built-in Slack texts (Jinja2 syntax, rendered by nunjucks) for the kinds whose text is not set by a
 * variable. Variables: every key of `fields` (app, environment, revision, tag, user, durationMs, link,
 * result, repository, ref, …) plus kind, code, subject, message, operation and suppressed.
 */
export const BUILT_IN_TEMPLATES: Record<Exclude<AlertKind, 'error' | 'health_down'>, string> = {
  health_recovered: '[MCP][HEALTH][RECOVERED] {{subject}}{% if message %} msg={{message}}{% endif %}',
  deployment_succeeded:
    '[DEPLOY][SUCCEEDED] {{app}}/{{environment}} revision={{revision}} image={{tag}} by {{user}}' +
    ' in {{durationMs | duration}}{% if link %} <{{link}}|history>{% endif %}',
  deployment_failed:
    '[DEPLOY][FAILED] {{app}}/{{environment}} revision={{revision}} image={{tag}} by {{user}}' +
    ' after {{durationMs | duration}} code={{code}} msg={{message}}{% if link %} <{{link}}|history>{% endif %}',
  rollback_succeeded:
    '[ROLLBACK][SUCCEEDED] {{app}}/{{environment}} to revision={{revision}} image={{tag}} by {{user}}' +
    ' in {{durationMs | duration}}{% if link %} <{{link}}|history>{% endif %}',
  rollback_failed:
    '[ROLLBACK][FAILED] {{app}}/{{environment}} to revision={{revision}} image={{tag}} by {{user}}' +
    ' after {{durationMs | duration}} code={{code}} msg={{message}}{% if link %} <{{link}}|history>{% endif %}',
  cicd_result:
    '[CICD][{{ (result or "done") | upper }}] {{repository or subject}}{% if ref %}@{{ref}}{% endif %}' +
    ' → {{app}}/{{environment}} revision={{revision}} image={{tag}} by {{user}} in {{durationMs | duration}}' +
    '{% if message %} msg={{message}}{% endif %}{% if link %} <{{link}}|history>{% endif %}',
  auth_failures:
    '[AUTH][{{ (code or "denied") | upper }}] repeated auth failures from {{subject}}: {{message}}',
  test: '[TEST] {{message}} (route={{route}}{% if code %} code={{code}}{% endif %}{% if user %} by {{user}}{% endif %})',
};

/** ms → "850ms", "12.3s", "2m 05s"; empty when not a number. */
export function formatDuration(value: unknown): string {
  const ms = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return '';
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60000) return `${(ms / 1000).toFixed(1)}s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
}

/**
 * Slack's three control characters (https://api.slack.com/reference/surfaces/formatting#escaping):
 * escaped, data can neither open a link (`<http://evil|login>`) nor mention (`<!channel>`).
 */
export function escapeSlack(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/**
 * Every value a template can reach, Slack-escaped — applied to the whole context rather than per
 * variable in the templates, so no template (built-in or from the environment) can forget it. Only
 * the templates' own literal text can carry Slack markup.
 */
export function slackSafe(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return escapeSlack(value);
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (Array.isArray(value)) return value.map((v) => slackSafe(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, slackSafe(v, depth + 1)]));
}

function makeEnvironment(): nunjucks.Environment {
  // Slack text is not HTML: nunjucks's HTML autoescape is off; slackSafe() escapes the context instead.
  // A missing variable renders empty (strict undefined off).
  const env = new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: false });
  env.addFilter('duration', formatDuration);
  return env;
}

const firstLine = (err: unknown) =>
  (err instanceof Error ? err.message : String(err))
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');

/** Null when the source compiles, else the parser's message (line/column included). */
export function templateSyntaxProblem(source: string): string | null {
  try {
    new nunjucks.Template(source, makeEnvironment(), undefined, true);
    return null;
  } catch (err) {
    return firstLine(err);
  }
}

export interface Rendered {
  text: string;
  /** Set when the template failed at run time and the plain fallback text was used. */
  renderError?: string;
}

/** Compiles every template once; renders alerts, falling back to a plain text when rendering throws. */
export class AlertRenderer {
  private readonly templates = new Map<string, nunjucks.Template>();

  constructor(custom: { error: string; health_down: string }) {
    const env = makeEnvironment();
    const sources: Record<string, string> = { ...BUILT_IN_TEMPLATES, ...custom };
    for (const [kind, source] of Object.entries(sources)) {
      this.templates.set(kind, new nunjucks.Template(source, env, `alert:${kind}`, true));
    }
  }

  render(input: AlertInput, extra: Record<string, unknown> = {}): Rendered {
    const template = this.templates.get(input.kind) ?? this.templates.get('error')!;
    const context = slackSafe({
      ...input.fields,
      ...extra,
      kind: input.kind,
      code: input.code ?? '',
      subject: input.subject,
      message: input.message,
      operation: input.operation ?? '',
    }) as Record<string, unknown>;
    try {
      return { text: template.render(context) };
    } catch (err) {
      return { text: fallbackText(input), renderError: firstLine(err) };
    }
  }
}

/** What is sent when a template cannot be rendered: every essential fact, no template involved. */
export function fallbackText(input: AlertInput): string {
  const parts = [`[${input.kind.toUpperCase()}]`, input.subject];
  if (input.operation) parts.push(input.operation);
  if (input.code) parts.push(`code=${input.code}`);
  parts.push(`msg=${input.message}`);
  return `${escapeSlack(parts.join(' '))} (template render failed; plain text)`;
}

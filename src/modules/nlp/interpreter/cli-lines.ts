/*
 * kubectl's own words for our operations, typed as the order ("kubectl rollout restart deploy/worker -n staging") or
 * handed over to be run ("`k delete deploy/batch-job -n dev` 실행 부탁드려요", "Please run `kubectl …`"): the tool's name
 * and the backticks around it are no part of the order — what follows reads like any other command, through the same
 * safety. A line shown, told as done or kept for oneself ("he ran `…` yesterday", "the command I plan to run myself")
 * stays quoted, and a line with a flag we do not read (`--all-namespaces`, `--dry-run`, `--replicas=-1`) is still asked
 * (blind rounds 102, 138, 170 and 212).
 */

/** The tool's name before one of its change subcommands (its reads, `kubectl get/describe`, are read elsewhere). */
const TOOL = String.raw`(?:kubectl|k)\s+(?=(?:rollout\s+(?:restart|undo)|scale\s+deploy|delete\s+deploy|set\s+image\s+deploy)\w*[/\s])`;
const TOOL_AT_START = new RegExp(String.raw`^(?:@\S+\s+)?${TOOL}`, 'i');
const TOOL_ANYWHERE = new RegExp(String.raw`(?<![\w/.-])${TOOL}`, 'gi');
/** A kubectl change line in backticks. */
const QUOTED_LINE = new RegExp(String.raw`\x60\s*(${TOOL}[^\x60\n]+?)\s*\x60`, 'gi');
/** A flag of another subcommand ("rollout restart … --replicas=5"): what was meant is asked. */
const FLAG_OF_ANOTHER =
  /(?:rollout\s+restart|delete|scale|set\s+image)\s[^\n`]*--to-revision|(?:rollout\s+(?:restart|undo)|delete|set\s+image)\s[^\n`]*--replicas/i;
/** Flags beside the namespace, the count and the revision: what they would do is not read, so the line is asked. */
const UNREAD_FLAG =
  /\s--(?!(?:replicas|to-revision|namespace)(?:[=\s]|$))[a-z]|--replicas[=\s]+-|\s-(?!n\s)[a-z](?:\s|=|$)/i;
/** The writer hands the line over to be run. */
const RUN_REQUEST =
  /실행(?!\s?(?:하지|은\s?하지|말|마|안\s|금지|ㄴㄴ))|그대로|이대로|적용|(?:해|돌려)\s?(?:주세요|줘|주십시오|줄래)|ㄱㄱ|(?<![a-z])(?:please\s+(?:run|do|execute|apply|carry\s+out|perform)|run\s+(?:this|it)|execute|kindly\s+(?:run|perform))(?![a-z])/i;
/** …to run it themselves. */
const KEPT_FOR_ONESELF = /(?<![a-z])(?:myself|my\s+own)(?![a-z])|(?:내가|제가)\s?(?:직접|칠|돌릴|할)/i;

export function withoutCliTool(text: string): string {
  if (!/(?:^|[\s`])(?:kubectl|k)\s/i.test(text) || UNREAD_FLAG.test(text) || FLAG_OF_ANOTHER.test(text))
    return text;
  if (TOOL_AT_START.test(text))
    return text.replace(TOOL_AT_START, (m) => m.replace(/(?:kubectl|k)\s+$/i, ''));
  if (!RUN_REQUEST.test(text) || KEPT_FOR_ONESELF.test(text)) return text;
  return text.replace(QUOTED_LINE, ' $1 ').replace(TOOL_ANYWHERE, '').trim();
}

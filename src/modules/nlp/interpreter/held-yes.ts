/** A yes that is no go yet: held back, someone else's, or for a moment still to come (conversation-plan.ts). */

/** "네 지워… 아니 잠깐만요, …", "yes — wait, hold on": the yes taken back before it was done (blind round 201c). */
const HELD_AFTER_THE_YES =
  /(?:…|\.{2,}|[,—–-])\s*(?:아니|잠깐|잠시만|(?<![a-z])(?:wait|hold\s+on|hang\s+on)(?![a-z]))/i;
/** "Yes, after the CISO join the bridge call": a yes for a moment still to come runs nothing now. */
const YES_ONCE = /^\s*(?:yes|yeah|yep|ok|okay|sure)[,\s]+(?:but\s+)?(?:only\s+)?(?:after|once|when)\s/i;
/**
 * "Ok, the projection team said the board can go dark", "QA say can delete", "영양팀장님께서 지워도 된다고 하십니다":
 * someone else's yes, passed on — the writer's own go is still to come (blind round 230c).
 */
const OTHERS_YES =
  /(?<![a-z])(?:said|says|told\s+(?:me|us))(?![a-z])|(?<=[a-z]\s)say(?![a-z])(?!\s+less)|(?:다고|라고)\s?(?:하십니다|합니다|하시네요|하네요|했어요|했습니다|하셨어요|하셨습니다|해요)|(?:된|괜찮)대요?(?![가-힣])/i;
const OWN_GO =
  /진행|주세요|주십시오|하십시오|ㄱㄱ|고고|(?<![a-z])(?:go\s+ahead|proceed|do\s+it|go\s+on|can\s+do|send\s+it|pode)(?![a-z])/i;
const othersYesOnly = (command: string): boolean => OTHERS_YES.test(command) && !OWN_GO.test(command);
/** "잠깐만요, 핀 좀 맞추고요": held first, and no yes after the hold — what follows is no go ("Wait… okay, yes" is). */
const HELD_FIRST =
  /^\s*(?:(?:아|어|앗|음|oh|ah|um)[\s,]+)?(?:잠깐|잠시만|잠만|(?:wait|hold\s+on|hang\s+on|one\s+sec(?:ond)?)(?![a-z]))(?![^]*(?:네|예|응|ㅇㅇ|진행|(?<![a-z])(?:yes|yeah|yep|ok|okay|go|proceed)(?![a-z])))/i;

export const yesHeldBack = (command: string): boolean =>
  HELD_AFTER_THE_YES.test(command) ||
  HELD_FIRST.test(command) ||
  YES_ONCE.test(command) ||
  othersYesOnly(command);

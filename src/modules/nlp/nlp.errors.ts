import { AppError } from '../../common/errors/app-error.js';

export const NLP_ERROR_CODES = {
  interactionNotFound: 'nlp_interaction_not_found',
  ruleNotFound: 'nlp_rule_not_found',
  invalidCorrection: 'nlp_invalid_correction',
  commandTooLong: 'nlp_command_too_long',
  executionUnavailable: 'nlp_execution_unavailable',
} as const;

export class NlpError extends AppError {}

export class InteractionNotFoundError extends NlpError {
  constructor(id: string) {
    super(404, NLP_ERROR_CODES.interactionNotFound, `No interaction '${id}' of yours`);
  }
}

export class RuleNotFoundError extends NlpError {
  constructor(id: string) {
    super(404, NLP_ERROR_CODES.ruleNotFound, `No learned rule '${id}'`);
  }
}

export class InvalidCorrectionError extends NlpError {
  constructor(message: string, details?: unknown) {
    super(400, NLP_ERROR_CODES.invalidCorrection, message, details);
  }
}

export class CommandTooLongError extends NlpError {
  constructor(max: number) {
    super(400, NLP_ERROR_CODES.commandTooLong, `The command is longer than ${max} characters`, { max });
  }
}

import { AppError } from '../../common/errors/app-error.js';
import { errorMessage } from '../../common/errors/error-messages.js';

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
    super(
      404,
      NLP_ERROR_CODES.interactionNotFound,
      errorMessage('nlp_interaction_not_found', { id }),
      undefined,
      {
        params: { id },
      },
    );
  }
}

export class RuleNotFoundError extends NlpError {
  constructor(id: string) {
    super(404, NLP_ERROR_CODES.ruleNotFound, errorMessage('nlp_rule_not_found', { id }), undefined, {
      params: { id },
    });
  }
}

export class InvalidCorrectionError extends NlpError {
  constructor(details?: unknown) {
    super(400, NLP_ERROR_CODES.invalidCorrection, errorMessage('nlp_invalid_correction', {}), details);
  }
}

export class CommandTooLongError extends NlpError {
  constructor(max: number) {
    super(
      400,
      NLP_ERROR_CODES.commandTooLong,
      errorMessage('nlp_command_too_long', { max }),
      { max },
      {
        params: { max },
      },
    );
  }
}

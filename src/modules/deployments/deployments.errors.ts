import { AppError } from '../../common/errors/app-error.js';
import {
  errorMessage,
  type ErrorMessageArgs,
  type ErrorMessageKey,
} from '../../common/errors/error-messages.js';

export class OperationInProgressError extends AppError {
  constructor(app: string, environment: string, operationId: string) {
    const params = { app, environment, operationId };
    super(
      409,
      'operation_in_progress',
      errorMessage('operation_in_progress', params),
      { app, environment, runningOperationId: operationId },
      { extra: { runningOperationId: operationId }, params },
    );
  }
}

type ConfirmationCode =
  | 'confirmation_invalid'
  | 'confirmation_expired'
  | 'confirmation_used'
  | 'confirmation_wrong_user'
  | 'confirmation_plan_changed';

export class ConfirmationError extends AppError {
  constructor(status: number, code: ConfirmationCode) {
    super(status, code, errorMessage(code, {}));
  }
  static invalid() {
    return new ConfirmationError(400, 'confirmation_invalid');
  }
  static expired() {
    return new ConfirmationError(409, 'confirmation_expired');
  }
  static used() {
    return new ConfirmationError(409, 'confirmation_used');
  }
  static otherUser() {
    return new ConfirmationError(403, 'confirmation_wrong_user');
  }
  static planChanged() {
    return new ConfirmationError(409, 'confirmation_plan_changed');
  }
}

type InvalidOperationKey = Extract<ErrorMessageKey, `invalid_operation.${string}`>;

export class InvalidOperationError extends AppError {
  constructor(key: InvalidOperationKey, params: ErrorMessageArgs<InvalidOperationKey>, details?: unknown) {
    super(400, 'invalid_operation', errorMessage(key, params as never), details, {
      messageKey: key,
      params,
    });
  }
}

type RollbackTargetKey = Extract<ErrorMessageKey, `rollback_target_not_found.${string}`>;

export class RollbackTargetError extends AppError {
  private constructor(key: RollbackTargetKey, params: Record<string, string | number>, details?: unknown) {
    super(404, 'rollback_target_not_found', errorMessage(key, params as never), details, {
      messageKey: key,
      params,
    });
  }
  static revision(app: string, environment: string, revision: number) {
    return new RollbackTargetError(
      'rollback_target_not_found.revision',
      { app, environment, revision },
      { revision },
    );
  }
  static tag(app: string, environment: string, tag: string) {
    return new RollbackTargetError('rollback_target_not_found.tag', { app, environment, tag }, { tag });
  }
  static noPrevious(app: string, environment: string) {
    return new RollbackTargetError('rollback_target_not_found.no_previous', { app, environment });
  }
}

export class DeploymentNotFoundError extends AppError {
  constructor(id: string) {
    super(
      404,
      'deployment_not_found',
      errorMessage('deployment_not_found', { id }),
      { id },
      { params: { id } },
    );
  }
}

export class NotDeployedError extends AppError {
  constructor(app: string, environment: string, namespace: string) {
    const params = { app, environment, namespace };
    super(404, 'not_deployed', errorMessage('not_deployed', params), params, { params });
  }
}

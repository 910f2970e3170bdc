import { AppError } from '../../common/errors/app-error.js';

export class OperationInProgressError extends AppError {
  constructor(app: string, environment: string, operationId: string) {
    super(
      409,
      'operation_in_progress',
      `Another operation on ${app} in ${environment} is running (${operationId}); try again when it has finished`,
      { app, environment, runningOperationId: operationId },
      { extra: { runningOperationId: operationId } },
    );
  }
}

export class ConfirmationError extends AppError {
  constructor(status: number, code: string, message: string) {
    super(status, code, message);
  }
  static invalid() {
    return new ConfirmationError(
      400,
      'confirmation_invalid',
      'The confirmation token is not valid; ask for a new plan',
    );
  }
  static expired() {
    return new ConfirmationError(
      409,
      'confirmation_expired',
      'The confirmation token has expired; ask for a new plan',
    );
  }
  static used() {
    return new ConfirmationError(
      409,
      'confirmation_used',
      'The confirmation token was already used; ask for a new plan',
    );
  }
  static otherUser() {
    return new ConfirmationError(
      403,
      'confirmation_wrong_user',
      'The confirmation token was issued to another user',
    );
  }
  static planChanged() {
    return new ConfirmationError(
      409,
      'confirmation_plan_changed',
      'The plan changed since the confirmation token was issued (other parameters or cluster state); review the new plan',
    );
  }
}

export class InvalidOperationError extends AppError {
  constructor(message: string, details?: unknown) {
    super(400, 'invalid_operation', message, details);
  }
}

export class RollbackTargetError extends AppError {
  constructor(message: string, details?: unknown) {
    super(404, 'rollback_target_not_found', message, details);
  }
}

export class DeploymentNotFoundError extends AppError {
  constructor(id: string) {
    super(404, 'deployment_not_found', `Deployment record "${id}" does not exist`, { id });
  }
}

export class NotDeployedError extends AppError {
  constructor(app: string, environment: string, namespace: string) {
    super(404, 'not_deployed', `App "${app}" is not deployed in ${environment} (namespace ${namespace})`, {
      app,
      environment,
      namespace,
    });
  }
}

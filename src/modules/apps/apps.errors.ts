import { AppError } from '../../common/errors/app-error.js';
import { errorMessage } from '../../common/errors/error-messages.js';

export class AppNotFoundError extends AppError {
  constructor(name: string) {
    super(
      404,
      'app_not_found',
      errorMessage('app_not_found', { app: name }),
      { app: name },
      { params: { app: name } },
    );
  }
}

export class AppExistsError extends AppError {
  constructor(name: string) {
    super(
      409,
      'app_exists',
      errorMessage('app_exists', { app: name }),
      { app: name },
      { params: { app: name } },
    );
  }
}

export class InvalidAppError extends AppError {
  constructor(message: string, details?: unknown) {
    super(400, 'invalid_app', message, details);
  }
}

import { AppError } from '../../common/errors/app-error.js';

export class AppNotFoundError extends AppError {
  constructor(name: string) {
    super(404, 'app_not_found', `App "${name}" does not exist`, { app: name });
  }
}

export class AppExistsError extends AppError {
  constructor(name: string) {
    super(409, 'app_exists', `App "${name}" already exists`, { app: name });
  }
}

export class InvalidAppError extends AppError {
  constructor(message: string, details?: unknown) {
    super(400, 'invalid_app', message, details);
  }
}

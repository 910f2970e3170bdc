import { AppError } from '../../common/errors/app-error.js';

export class WebhookNotConfiguredError extends AppError {
  constructor() {
    super(
      503,
      'webhook_not_configured',
      'No webhook secret is configured (KLEPAAS_WEBHOOK_SECRET or KLEPAAS_GITHUB_APP_WEBHOOK_SECRET); deliveries are refused',
    );
  }
}

export class WebhookSignatureError extends AppError {
  constructor(code: 'signature_missing' | 'signature_invalid', message: string) {
    super(401, code, message);
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(got: string | undefined) {
    super(
      415,
      'unsupported_media_type',
      'Webhook deliveries must be application/json or application/x-www-form-urlencoded (payload field)',
      { contentType: got ?? null },
    );
  }
}

export class WebhookBadRequestError extends AppError {
  constructor(
    code: 'missing_header' | 'invalid_payload' | 'validation_failed',
    message: string,
    details?: unknown,
  ) {
    super(400, code, message, details);
  }
}

export class DeliveryNotFoundError extends AppError {
  constructor(id: string) {
    super(404, 'delivery_not_found', `No CI/CD delivery ${id}`);
  }
}

export class JobNotPendingError extends AppError {
  constructor(id: string, statuses: string[]) {
    super(409, 'job_not_pending', `Delivery ${id} has no deploy waiting for confirmation`, { statuses });
  }
}

import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DeploymentsConfig } from './deployments.config.js';
import type { OperationPlan } from './deployments.contract.js';
import { ConfirmationError } from './deployments.errors.js';
import { DeploymentsRepository } from './deployments.repository.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** How a confirmation token is kept anywhere it is stored (never the token itself). */
export const confirmationTokenHash = (token: string): string => sha256(token);

/** JSON with sorted keys, so equal plans hash equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

export const planHash = (plan: OperationPlan) => sha256(canonicalJson(plan));

/**
 * Confirmation tokens for destructive operations: random, stored only as a hash, short-lived, bound to
 * one user and to the hash of the plan they were shown, usable once.
 */
@Injectable()
export class ConfirmationService {
  constructor(
    private readonly repository: DeploymentsRepository,
    private readonly config: DeploymentsConfig,
  ) {}

  async issue(userId: string, plan: OperationPlan): Promise<{ token: string; expiresAt: string }> {
    const token = `cfm_${randomBytes(24).toString('base64url')}`;
    const now = new Date();
    const expiresAt = new Date(
      now.getTime() + this.config.KLEPAAS_CONFIRMATION_TTL_SECONDS * 1000,
    ).toISOString();
    await this.repository.purgeConfirmations(new Date(now.getTime() - 86_400_000).toISOString());
    await this.repository.insertConfirmation({
      token_hash: confirmationTokenHash(token),
      user_id: userId,
      plan_hash: planHash(plan),
      plan: JSON.stringify(plan),
      created_at: now.toISOString(),
      expires_at: expiresAt,
      used_at: null,
    });
    return { token, expiresAt };
  }

  /** Checks and consumes the token for this user and plan; throws a ConfirmationError otherwise. */
  consume(token: string, userId: string, plan: OperationPlan): Promise<void> {
    return this.consumeHash(confirmationTokenHash(token), userId, plan);
  }

  /** The same check for a token known only by its hash (a plan confirmed in an NLP conversation). */
  async consumeHash(hash: string, userId: string, plan: OperationPlan): Promise<void> {
    const row = await this.repository.findConfirmation(hash);
    if (!row) throw ConfirmationError.invalid();
    if (row.user_id !== userId) throw ConfirmationError.otherUser();
    if (row.used_at) throw ConfirmationError.used();
    if (row.expires_at <= new Date().toISOString()) throw ConfirmationError.expired();
    if (row.plan_hash !== planHash(plan)) throw ConfirmationError.planChanged();
    if (!(await this.repository.useConfirmation(hash, new Date().toISOString())))
      throw ConfirmationError.used();
  }

  /** Makes an unused token of this user unusable (the user cancelled the plan); false if there was none. */
  async revoke(hash: string, userId: string): Promise<boolean> {
    const row = await this.repository.findConfirmation(hash);
    if (!row || row.user_id !== userId || row.used_at) return false;
    return this.repository.useConfirmation(hash, new Date().toISOString());
  }
}

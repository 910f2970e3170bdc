import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AuthFailureMonitor } from './auth-failure.monitor.js';
import { JwtStrategy } from './jwt.strategy.js';
import { ScopesGuard } from './scopes.guard.js';

/**
 * The global guard (JWT or header credentials, then the route's scopes) and the failure monitor, which hears
 * denials as events from the error filter. Controllers use its decorators; it imports no other module.
 */
@Module({
  imports: [PassportModule.register({ session: false })],
  providers: [JwtStrategy, AuthFailureMonitor, { provide: APP_GUARD, useClass: ScopesGuard }],
})
export class AuthModule {}

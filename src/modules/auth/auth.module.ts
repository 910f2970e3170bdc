import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AuthFailureMonitor } from './auth-failure.monitor.js';
import { JwtStrategy } from './jwt.strategy.js';
import { ScopesGuard } from './scopes.guard.js';

/** Global so the error filter can report denials to the failure monitor. */
@Global()
@Module({
  imports: [PassportModule.register({ session: false })],
  providers: [JwtStrategy, AuthFailureMonitor, { provide: APP_GUARD, useClass: ScopesGuard }],
  exports: [AuthFailureMonitor],
})
export class AuthModule {}

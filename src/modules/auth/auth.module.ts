import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { JwtStrategy } from './jwt.strategy.js';
import { ScopesGuard } from './scopes.guard.js';

@Module({
  imports: [PassportModule.register({ session: false })],
  providers: [JwtStrategy, { provide: APP_GUARD, useClass: ScopesGuard }],
})
export class AuthModule {}

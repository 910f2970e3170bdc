import { Inject } from '@nestjs/common';

/** Injection token of the one Kysely instance. Only repositories inject it. */
export const DATABASE = Symbol('DATABASE');
export const InjectDatabase = () => Inject(DATABASE);

export type DatabaseDialect = 'sqlite' | 'postgres';

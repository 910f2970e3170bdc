import { Inject } from '@nestjs/common';

/** Injection token of the one Kysely instance. Only repositories inject it. */
export const DATABASE = Symbol('DATABASE');
export const InjectDatabase = () => Inject(DATABASE);

export type DatabaseDialect = 'sqlite' | 'postgres';

/**
 * Injection token of `DatabaseHandle.dataVersion` (SQLite: moves when another connection commits), or
 * null on PostgreSQL. Only repositories that cache rows they write themselves inject it.
 */
export const DATABASE_DATA_VERSION = Symbol('DATABASE_DATA_VERSION');
export type DataVersion = (() => number) | null;

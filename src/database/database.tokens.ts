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

/**
 * Injection token of `DatabaseHandle.readNow` (SQLite: a read run at once on the connection, when no
 * transaction holds it), or null on PostgreSQL. Only repositories with a hot read inject it.
 */
export const DATABASE_READ_NOW = Symbol('DATABASE_READ_NOW');
export type ReadNow = ((sql: string, parameters: readonly unknown[]) => unknown[] | undefined) | null;

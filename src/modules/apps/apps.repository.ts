import { Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { InjectDatabase } from '../../database/database.tokens.js';

export interface AppRow {
  name: string;
  image: string;
  port: number | null;
  replicas: number;
  env: string;
  resources: string | null;
  github_repo: string | null;
  environments: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

interface AppsTables {
  apps: AppRow;
}

@Injectable()
export class AppsRepository {
  constructor(@InjectDatabase() private readonly db: Kysely<AppsTables>) {}

  /** Inserts; returns false when the name is taken. */
  async insert(row: AppRow): Promise<boolean> {
    const result = await this.db
      .insertInto('apps')
      .values(row)
      .onConflict((oc) => oc.column('name').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  find(name: string): Promise<AppRow | undefined> {
    return this.db.selectFrom('apps').selectAll().where('name', '=', name).executeTakeFirst();
  }

  list(): Promise<AppRow[]> {
    return this.db.selectFrom('apps').selectAll().orderBy('name').execute();
  }

  names(): Promise<string[]> {
    return this.db
      .selectFrom('apps')
      .select('name')
      .orderBy('name')
      .execute()
      .then((rows) => rows.map((r) => r.name));
  }

  findByGithubRepo(ownerRepo: string): Promise<AppRow[]> {
    return this.db
      .selectFrom('apps')
      .selectAll()
      .where((eb) => eb(eb.fn('lower', ['github_repo']), '=', ownerRepo.toLowerCase()))
      .orderBy('name')
      .execute();
  }

  async update(name: string, values: Partial<Omit<AppRow, 'name' | 'created_at'>>): Promise<boolean> {
    const result = await this.db.updateTable('apps').set(values).where('name', '=', name).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async delete(name: string): Promise<boolean> {
    const result = await this.db.deleteFrom('apps').where('name', '=', name).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}

import { Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { InjectDatabase } from '../../database/database.tokens.js';

export interface ProviderRow {
  name: string;
  provider_type: string;
  base_url: string;
  config: string;
  auth: string;
  breaker: string;
  retry: string;
  created_at: string;
  updated_at: string;
}

interface McpExternalTables {
  mcp_external_providers: ProviderRow;
}

@Injectable()
export class McpExternalRepository {
  constructor(@InjectDatabase() private readonly db: Kysely<McpExternalTables>) {}

  async list(): Promise<ProviderRow[]> {
    return this.db.selectFrom('mcp_external_providers').selectAll().orderBy('name').execute();
  }

  async get(name: string): Promise<ProviderRow | undefined> {
    return this.db
      .selectFrom('mcp_external_providers')
      .selectAll()
      .where('name', '=', name)
      .executeTakeFirst();
  }

  /** Insert or replace; keeps the original created_at. Returns whether the row existed. */
  async upsert(row: ProviderRow): Promise<boolean> {
    const { name, created_at: _created, ...rest } = row;
    const replaced = async () => {
      const updated = await this.db
        .updateTable('mcp_external_providers')
        .set(rest)
        .where('name', '=', name)
        .executeTakeFirst();
      return Number(updated.numUpdatedRows) > 0;
    };
    if (await replaced()) return true;
    try {
      await this.db.insertInto('mcp_external_providers').values(row).execute();
      return false;
    } catch (err) {
      // Lost a race with a concurrent insert of the same name (another request or replica): replace it.
      if (await replaced()) return true;
      throw err;
    }
  }

  async delete(name: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('mcp_external_providers')
      .where('name', '=', name)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}

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
    return this.db.transaction().execute(async (tx) => {
      const existing = await tx
        .selectFrom('mcp_external_providers')
        .select('created_at')
        .where('name', '=', row.name)
        .executeTakeFirst();
      if (existing) {
        const { name, created_at: _created, ...rest } = row;
        await tx.updateTable('mcp_external_providers').set(rest).where('name', '=', name).execute();
        return true;
      }
      await tx.insertInto('mcp_external_providers').values(row).execute();
      return false;
    });
  }

  async delete(name: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('mcp_external_providers')
      .where('name', '=', name)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}

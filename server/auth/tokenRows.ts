import { z } from 'zod';
import { ROLES } from '../../shared/protocol/tokenPayload.ts';
import type { TokenRecord } from './tokenStore.ts';

// bigint columns arrive as strings from node-postgres: coerce.
const when = z.coerce.number();
const rowSchema = z.object({
  id: z.string(),
  ws: z.string(),
  role: z.enum(ROLES),
  name: z.string().nullable(),
  iat: when,
  exp: when,
  revoked_at: when.nullable(),
  created_by: z.string().nullable().optional(),
  first_used_at: when.nullable().optional(),
  member_name: z.string().nullable().optional(),
  member_organisation: z.string().nullable().optional(),
});

/** A row of the `tokens` table (SQLite or Postgres) as a TokenRecord; throws on a malformed row. */
export function toRecord(row: unknown): TokenRecord {
  const r = rowSchema.parse(row);
  return {
    id: r.id,
    ws: r.ws,
    role: r.role,
    name: r.name,
    iat: r.iat,
    exp: r.exp,
    revokedAt: r.revoked_at,
    createdBy: r.created_by ?? null,
    firstUsedAt: r.first_used_at ?? null,
    memberName: r.member_name ?? null,
    memberOrganisation: r.member_organisation ?? null,
  };
}

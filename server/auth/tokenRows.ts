import * as z from 'zod/mini';
import { ROLES } from '../../shared/protocol/tokenPayload.ts';
import type { TokenRecord } from './tokenStore.ts';

// bigint columns arrive as strings from node-postgres: coerce.
const when = z.coerce.number();
const rowSchema = z.object({
  id: z.string(),
  ws: z.string(),
  role: z.enum(ROLES),
  name: z.nullable(z.string()),
  iat: when,
  exp: when,
  revoked_at: z.nullable(when),
  created_by: z.optional(z.nullable(z.string())),
  first_used_at: z.optional(z.nullable(when)),
  member_name: z.optional(z.nullable(z.string())),
  member_organisation: z.optional(z.nullable(z.string())),
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

import type { IncomingMessage, ServerResponse } from 'node:http';
import { ID_PATTERN } from '../../../shared/ids.ts';
import { API_PATH } from '../../../shared/protocol/membersApi.ts';
import { CLOSE_FORBIDDEN } from '../../../shared/protocol/closeCodes.ts';
import type { Authenticator } from '../../auth/authenticator.ts';
import { clientAddress } from '../address.ts';
import { TokenBucket } from '../tokenBucket.ts';
import { ApiError, bearerToken, readJson, sendJson } from './httpJson.ts';
import { MemberActions, type ActionDeps, type Caller } from './memberActions.ts';

/** What the API needs from the relay besides the actions' store and key. */
export interface MembersApiDeps extends ActionDeps {
  authenticator: Authenticator;
  originAllowed(req: IncomingMessage): boolean;
  trustProxy: boolean;
  /** --max-api-body, --max-api-rate and --max-api-burst (docs/relay.md, Limits). */
  limits: ApiRateLimits;
}

/** The API's limits an operator sets; the others are fixed (`API_LIMITS`). */
export interface ApiRateLimits {
  /** Bytes of one request body. */
  bodyBytes: number;
  /** Requests per minute from one address (a coalition behind one network shares it), in bursts of up to `burst`. */
  perMinute: number;
  burst: number;
}

type Handler = (caller: Caller, id: string, body: unknown) => Promise<[status: number, body: unknown]>;

const ID_RULE = 'ids in relay paths are 6-64 characters of letters, digits, - or _';
/** Buckets are forgotten all at once past this many addresses (a bucket only saves a little memory). */
const MAX_ADDRESSES = 10_000;

function checkId(value: string, what: string): string {
  if (!ID_PATTERN.test(value)) throw new ApiError(400, `invalid ${what} "${value.slice(0, 70)}": ${ID_RULE}`);
  return value;
}

function segments(pathname: string): string[] {
  return pathname
    .slice(API_PATH.length + 1)
    .split('/')
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
}

/**
 * The relay's HTTP API for sharing a workspace from the app (docs/relay.md, Sharing), under
 * `/api/workspaces/<workspaceId>/`: `members` (GET), `invitations` (POST), `invitations/<id>` and
 * `members/<id>` (DELETE: revoke), `members/<id>` (PATCH: role), `me` (PUT: name and organisation),
 * `private` (POST, no body: make the workspace private, docs/private-workspaces.md).
 * Bearer token auth, the same origin policy as WebSockets (with CORS for allowed pages), bodies
 * validated, requests rate-limited per address. The handler answers (and returns true) for paths
 * under /api/, and returns false for anything else.
 */
export function membersApi(deps: MembersApiDeps): (req: IncomingMessage, res: ServerResponse) => boolean {
  const actions = new MemberActions(deps);
  const routes: Record<string, Record<string, Handler>> = {
    members: { GET: async (caller) => [200, await actions.list(caller)] },
    invitations: { POST: async (caller, _id, body) => [201, await actions.invite(caller, body)] },
    'invitations/:id': { DELETE: async (caller, id) => [204, await actions.revoke(caller, id)] },
    'members/:id': {
      PATCH: async (caller, id, body) => [200, { member: await actions.changeRole(caller, id, body) }],
      DELETE: async (caller, id) => [204, await actions.revoke(caller, id)],
    },
    me: { PUT: async (caller, _id, body) => [204, await actions.setProfile(caller, body)] },
    private: { POST: async (caller) => [204, await actions.makePrivate(caller)] },
  };
  const buckets = new Map<string, TokenBucket>();
  const rateLimited = (req: IncomingMessage): boolean => {
    const address = clientAddress(req, deps.trustProxy);
    let bucket = buckets.get(address);
    if (!bucket) {
      if (buckets.size >= MAX_ADDRESSES) buckets.clear();
      buckets.set(address, (bucket = new TokenBucket(deps.limits.perMinute / 60, deps.limits.burst)));
    }
    return !bucket.take();
  };

  const authenticate = async (req: IncomingMessage, ws: string): Promise<Caller> => {
    const token = bearerToken(req);
    if (!token)
      throw new ApiError(401, 'send your invitation token as Authorization: Bearer <token>', {
        'www-authenticate': 'Bearer',
      });
    const result = await deps.authenticator.check(token, ws);
    if (!result.ok) throw new ApiError(result.code === CLOSE_FORBIDDEN ? 403 : 401, result.reason);
    return { payload: result.payload, role: result.role };
  };

  const serve = async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
        'access-control-allow-headers': 'authorization, content-type',
        'access-control-max-age': '600',
      });
      res.end();
      return;
    }
    if (rateLimited(req))
      throw new ApiError(429, `over ${deps.limits.perMinute} requests a minute from this address; wait a moment`, {
        'retry-after': '5',
      });
    const [ws = '', resource = '', id, ...rest] = pathname.startsWith(`${API_PATH}/`) ? segments(pathname) : [];
    const methods = rest.length === 0 ? routes[id === undefined ? resource : `${resource}/:id`] : undefined;
    if (!ws || !methods) throw new ApiError(404, 'no such API path (see docs/relay.md, Sharing)');
    checkId(ws, 'workspace id');
    if (id !== undefined) checkId(id, 'member or invitation id');
    const handler = methods[req.method ?? 'GET'];
    if (!handler) throw new ApiError(405, `use ${Object.keys(methods).join(' or ')} here`);
    const bodiless = req.method === 'GET' || req.method === 'DELETE' || resource === 'private';
    if (bodiless) req.resume(); // nothing to read: a body sent anyway is drained
    const body = bodiless ? undefined : await readJson(req, deps.limits.bodyBytes);
    const [status, answer] = await handler(await authenticate(req, ws), id ?? '', body);
    sendJson(res, status, answer);
  };

  return (req, res) => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (pathname !== '/api' && !pathname.startsWith('/api/')) return false;
    const origin = req.headers.origin;
    res.setHeader('vary', 'Origin');
    if (origin && deps.originAllowed(req)) res.setHeader('access-control-allow-origin', origin);
    const work = deps.originAllowed(req)
      ? serve(req, res, pathname)
      : Promise.reject(new ApiError(403, 'this web page may not use the relay (origin not allowed)'));
    work.catch((err: unknown) => {
      const known = err instanceof ApiError;
      if (!known) deps.log(`api: ${req.method} ${pathname}: ${String(err)}`);
      if (!res.headersSent)
        sendJson(
          res,
          known ? err.status : 500,
          { error: known ? err.message : 'the relay could not do that; try again' },
          known ? err.headers : {},
        );
      // A body refused unread would keep the connection waiting.
      req.resume();
    });
    return true;
  };
}

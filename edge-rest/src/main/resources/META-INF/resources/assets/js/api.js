// The public /v1 API, called exactly as any client would: JSON, the bearer token, problem+json errors.
import { currentSession, signInAgain } from './session.js';

/** An API refusal: the HTTP status and the problem's stable reason (NETWORK when nothing answered). */
export class Problem extends Error {
  constructor(status, body) {
    super((body && body.detail) || `HTTP ${status}`);
    this.status = status;
    this.reason = (body && body.reason) || (status ? `HTTP_${status}` : 'NETWORK');
    this.detail = body && body.detail;
    this.metadata = (body && body.metadata) || {};
  }
}

async function call(method, path, body, options = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  const session = options.anonymous ? null : currentSession();
  if (session) headers.Authorization = `Bearer ${session.token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new Problem(0, { reason: 'NETWORK' });
  }
  const type = response.headers.get('Content-Type') || '';
  let data = null;
  if (response.status !== 204 && type.includes('json')) {
    try {
      data = await response.json();
    } catch {
      data = null;
    }
  }
  if (response.ok) return { status: response.status, body: data };
  if (response.status === 401 && session) {
    signInAgain();
  }
  throw new Problem(response.status, data);
}

/** path + query string from an object, leaving out empty values. */
export function withQuery(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.append(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export const api = {
  get: (path, options) => call('GET', path, undefined, options).then((r) => r.body),
  post: (path, body, options) => call('POST', path, body, options),
  put: (path, body, options) => call('PUT', path, body, options).then((r) => r.body),
  patch: (path, body, options) => call('PATCH', path, body, options).then((r) => r.body),
  del: (path, options) => call('DELETE', path, undefined, options).then((r) => r.body),
};

/** Every page of a list endpoint (pageToken/nextPageToken), concatenated. */
export async function all(path, params, field) {
  const items = [];
  let pageToken = '';
  do {
    const page = await api.get(withQuery(path, { ...params, pageSize: 200, pageToken }));
    items.push(...(page[field] || []));
    pageToken = page.nextPageToken || '';
  } while (pageToken);
  return items;
}

// SpineCare API client: one fetch wrapper for every page.
// Every call goes to the same origin (the gateway). Failures become an ApiError whose `message` is
// a sentence a patient or a receptionist can read, built from the RFC 9457 problem+json body
// (title, detail, field errors) when the service sent one.

const TIMEOUT_MS = 20000;

/** An API failure. `status` is 0 when the server was not reached at all. */
export class ApiError extends Error {
  constructor({ status, type, title, detail, fieldErrors, problem, retryAfterSeconds }) {
    super(problemMessage({ status, title, detail, fieldErrors, retryAfterSeconds }));
    this.name = 'ApiError';
    this.status = status;
    this.type = type || 'about:blank';
    this.title = title || '';
    this.detail = detail || '';
    this.fieldErrors = fieldErrors || [];
    this.problem = problem || null;
    this.retryAfterSeconds = retryAfterSeconds ?? null;
  }

  /** The last path segment of the problem type, e.g. "slot-taken" for https://spinecare.io/problems/slot-taken. */
  get code() {
    const type = String(this.type || '');
    return type === 'about:blank' ? '' : type.replace(/\/+$/, '').split('/').pop();
  }

  /** True when repeating the very same request may succeed (network trouble, overload, server failure). */
  get retryable() {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

const FALLBACK_BY_STATUS = {
  0: 'We could not reach SpineCare. Check your connection and try again.',
  400: 'The request was not accepted. Please check what you entered.',
  401: 'Please sign in again.',
  403: 'You are not allowed to do this.',
  404: 'We could not find what you were looking for.',
  409: 'This changed in the meantime. Please reload and try again.',
  410: 'This is no longer available.',
  422: 'The request was not accepted. Please check what you entered.',
  429: 'Too many requests in a short time. Please wait a moment and try again.',
  500: 'Something went wrong on our side. Please try again in a moment.',
  502: 'SpineCare is temporarily unavailable. Please try again in a moment.',
  503: 'SpineCare is temporarily unavailable. Please try again in a moment.',
  504: 'SpineCare took too long to answer. Please try again in a moment.',
};

/** Turns the parts of a problem into one readable sentence (pure, unit-testable). */
export function problemMessage({ status, title, detail, fieldErrors, retryAfterSeconds }) {
  const parts = [];
  const head = (title || '').trim();
  const body = (detail || '').trim();
  if (head) parts.push(endWithStop(head));
  if (body && body !== head) parts.push(endWithStop(body));
  if (!parts.length) {
    parts.push(FALLBACK_BY_STATUS[status] || (status >= 500 ? FALLBACK_BY_STATUS[500] : FALLBACK_BY_STATUS[400]));
  }
  for (const error of fieldErrors || []) {
    parts.push(endWithStop(`${fieldLabel(error.field)}: ${error.message}`));
  }
  if (status === 429 && retryAfterSeconds) {
    parts.push(`Try again in ${retryAfterSeconds} seconds.`);
  }
  return parts.join(' ');
}

function endWithStop(text) {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

// Human names for the request fields the services may name in `errors[].field`.
const FIELD_LABELS = {
  slotId: 'Time slot',
  holdId: 'Hold',
  consultationType: 'Type of consultation',
  conditionId: 'Condition',
  'patient.name': 'Full name',
  'patient.email': 'E-mail',
  'patient.phone': 'Phone',
  'patient.dateOfBirth': 'Date of birth',
  modality: 'Scan type',
  region: 'Part of the spine',
  performedOn: 'Date of the scan',
  username: 'User name',
  password: 'Password',
  specialistId: 'Specialist',
  from: 'From',
  to: 'To',
  date: 'Date',
  q: 'Search',
};

/** "patient.email" → "E-mail"; "imaging[1].performedOn" → "Scan 2, date of the scan". */
export function fieldLabel(field) {
  const name = String(field || '').trim();
  if (!name) return 'Form';
  if (FIELD_LABELS[name]) return FIELD_LABELS[name];
  const scan = /^imaging\[(\d+)]\.?(.*)$/.exec(name);
  if (scan) {
    const inner = scan[2] ? FIELD_LABELS[scan[2]] || scan[2] : '';
    return `Scan ${Number(scan[1]) + 1}${inner ? `, ${inner.toLowerCase()}` : ''}`;
  }
  const flag = /^redFlags\.?(.*)$/.exec(name);
  if (flag) return 'Urgent symptom questions';
  const last = name.split('.').pop();
  return last.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

/** Reads `errors` (SpineCare's shape) or `invalid-params` (RFC 9457's example) into [{field, message}]. */
export function fieldErrorsOf(problem) {
  if (!problem || typeof problem !== 'object') return [];
  const list = Array.isArray(problem.errors)
    ? problem.errors
    : Array.isArray(problem['invalid-params'])
      ? problem['invalid-params']
      : Array.isArray(problem.fieldErrors)
        ? problem.fieldErrors
        : [];
  return list
    .filter((e) => e && typeof e === 'object')
    .map((e) => ({ field: String(e.field ?? e.name ?? e.pointer ?? ''), message: String(e.message ?? e.reason ?? e.detail ?? 'is not valid') }));
}

/** A random UUID; works outside secure contexts too (crypto.randomUUID needs HTTPS or localhost). */
export function newIdempotencyKey() {
  if (globalThis.crypto && typeof globalThis.crypto.randomUUID === 'function') {
    return globalThis.crypto.randomUUID();
  }
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Builds "/path?a=1&b=2", leaving out empty parameters. */
export function withQuery(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== undefined && value !== null && value !== '') query.append(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * Calls the API. Options: method, body (sent as JSON), token (Bearer), headers, signal.
 * Resolves to the parsed JSON body (null for an empty body); the `Date` header is exposed as
 * `serverDate` on the returned wrapper when `withMeta` is set: {body, serverDate, status}.
 * Rejects with ApiError.
 */
export async function api(path, { method = 'GET', body, token, headers = {}, signal, withMeta = false } = {}) {
  const requestHeaders = { Accept: 'application/json, application/problem+json', ...headers };
  if (body !== undefined) requestHeaders['Content-Type'] = 'application/json';
  if (token) requestHeaders.Authorization = `Bearer ${token}`;

  let response;
  try {
    response = await fetch(path, {
      method,
      headers: requestHeaders,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
      signal: signal || timeoutSignal(),
    });
  } catch (cause) {
    const timedOut = cause && (cause.name === 'TimeoutError' || cause.name === 'AbortError');
    throw new ApiError({
      status: 0,
      title: timedOut ? 'SpineCare took too long to answer' : '',
      detail: timedOut ? 'Please try again in a moment.' : '',
    });
  }

  const parsed = await readBody(response);
  if (!response.ok) {
    const problem = parsed && typeof parsed === 'object' ? parsed : null;
    throw new ApiError({
      status: response.status,
      type: problem?.type,
      title: problem?.title,
      detail: problem?.detail,
      fieldErrors: fieldErrorsOf(problem),
      problem,
      retryAfterSeconds: retryAfter(response.headers.get('Retry-After')),
    });
  }
  if (!withMeta) return parsed;
  const date = Date.parse(response.headers.get('Date') || '');
  return { body: parsed, status: response.status, serverDate: Number.isNaN(date) ? null : date };
}

function timeoutSignal() {
  return typeof AbortSignal !== 'undefined' && typeof AbortSignal.timeout === 'function'
    ? AbortSignal.timeout(TIMEOUT_MS)
    : undefined;
}

async function readBody(response) {
  if (response.status === 204) return null;
  const text = await response.text().catch(() => '');
  if (!text) return null;
  const type = response.headers.get('Content-Type') || '';
  if (!/json/i.test(type)) return null; // e.g. an HTML error page from a proxy: use the status instead
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function retryAfter(value) {
  const seconds = Number.parseInt(value || '', 10);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}

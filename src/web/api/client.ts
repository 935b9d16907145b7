/**
 * The one way the web client talks to the server: JSON over fetch, same-origin cookies, the CSRF
 * token on every state-changing request, and every error turned into an {@link ApiError} that
 * carries the server's code and Chinese message.
 */

/** An error answer of the API (`{ error: { code, message, details?, requestId? } }`), or a network failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The CSRF token of the current session, from the login answer or GET /auth/me. */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type UnauthorizedHandler = (error: ApiError) => void;
let onUnauthorized: UnauthorizedHandler | null = null;

/** Registers what happens when the session is gone (401): the app goes to the sign-in page. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler | null): void {
  onUnauthorized = handler;
}

type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** A 401 is an expected answer here (login, the session probe): do not leave the page. */
  allowUnauthorized?: boolean;
  signal?: AbortSignal;
  /** Internal: the request is already the retry after refreshing the CSRF token. */
  csrfRetried?: boolean;
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Builds `path?query`, leaving out empty values so that URLs stay short and shareable. */
export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/**
 * Sends one request and returns the parsed JSON body (undefined for 204).
 * @throws ApiError with the server's code and message; `NETWORK_ERROR` (status 0) when the server
 *   cannot be reached; `BAD_RESPONSE` when an error answer is not the API's error shape.
 */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (unsafeMethods.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络后重试');
  }

  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => undefined);

  if (!response.ok) {
    const error = toApiError(response.status, body, response.headers.get('x-request-id'));
    // A stale CSRF token (e.g. the server was restarted): fetch the session's token once and retry.
    if (error.code === 'CSRF_TOKEN_INVALID' && unsafeMethods.has(method) && !options.csrfRetried && (await refreshCsrfToken())) {
      return request<T>(method, path, { ...options, csrfRetried: true });
    }
    if (error.status === 401 && !options.allowUnauthorized) {
      csrfToken = null;
      onUnauthorized?.(error);
    }
    throw error;
  }
  return body as T;
}

async function refreshCsrfToken(): Promise<boolean> {
  try {
    const res = await fetch('/api/v1/auth/me', { headers: { accept: 'application/json' }, credentials: 'same-origin' });
    if (!res.ok) return false;
    const body = (await res.json()) as { csrfToken?: unknown };
    if (typeof body.csrfToken !== 'string') return false;
    csrfToken = body.csrfToken;
    return true;
  } catch {
    return false;
  }
}

function toApiError(status: number, body: unknown, headerRequestId: string | null): ApiError {
  const error = (body as { error?: Record<string, unknown> } | undefined)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    const requestId = typeof error.requestId === 'string' ? error.requestId : (headerRequestId ?? undefined);
    return new ApiError(status, error.code, error.message, error.details, requestId);
  }
  return new ApiError(status, 'BAD_RESPONSE', `服务器返回了无法识别的应答（HTTP ${status}）`, undefined, headerRequestId ?? undefined);
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface SendFormOptions {
  method?: 'POST' | 'PUT';
  /** Called as the browser sends the body (bytes so far, bytes in all). */
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
  /** Internal: the request is already the retry after refreshing the CSRF token. */
  csrfRetried?: boolean;
}

/**
 * Sends a multipart form (files) with XMLHttpRequest, because fetch cannot report upload progress.
 * Same rules as {@link request}: same-origin cookies, the CSRF token, one retry on a stale token,
 * every error an {@link ApiError}.
 * @throws ApiError as {@link request}; `UPLOAD_ABORTED` when the signal aborts the upload.
 */
export function sendForm<T>(path: string, form: FormData, options: SendFormOptions = {}): Promise<T> {
  const method = options.method ?? 'POST';
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => options.onProgress?.({ loaded: e.loaded, total: e.lengthComputable ? e.total : 0 });
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络后重试'));
    xhr.onabort = () => reject(new ApiError(0, 'UPLOAD_ABORTED', '已取消上传'));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as T);
        return;
      }
      const error = toApiError(xhr.status, body, xhr.getResponseHeader('x-request-id'));
      if (error.code === 'CSRF_TOKEN_INVALID' && !options.csrfRetried) {
        void refreshCsrfToken().then((ok) =>
          ok ? sendForm<T>(path, form, { ...options, csrfRetried: true }).then(resolve, reject) : reject(error),
        );
        return;
      }
      if (error.status === 401) {
        csrfToken = null;
        onUnauthorized?.(error);
      }
      reject(error);
    };
    if (options.signal) {
      if (options.signal.aborted) {
        reject(new ApiError(0, 'UPLOAD_ABORTED', '已取消上传'));
        return;
      }
      options.signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(form);
  });
}

export const api = {
  get: <T>(path: string, query?: Query, options?: Omit<RequestOptions, 'query' | 'body'>) =>
    request<T>('GET', path, { ...options, query }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

/** A user-facing sentence for any error thrown by a query or mutation. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return '操作失败，请稍后重试';
}

import type { ReferenceServer } from './referenceServer';

/**
 * Plain HTTP calls to the reference server, for arranging what a test needs
 * before the browser takes over. What a test checks goes through the UI.
 */
export class ApiSession {
  private constructor(
    private readonly server: ReferenceServer,
    readonly token: string,
  ) {}

  static async signIn(server: ReferenceServer, memberId: string) {
    const { token } = await call<{ token: string }>(server, '/dev/sign-in', {
      method: 'POST',
      body: { memberId },
    });
    return new ApiSession(server, token);
  }

  request<T>(path: string, init: { method?: string; body?: unknown } = {}) {
    return call<T>(this.server, path, { ...init, token: this.token });
  }
}

export interface SentEmail {
  invitationId: string;
  to: string;
  token: string;
  acceptUrl: string;
}

export async function outbox(server: ReferenceServer) {
  const { items } = await call<{ items: SentEmail[] }>(server, '/dev/outbox');
  return items;
}

async function call<T>(
  server: ReferenceServer,
  path: string,
  init: { method?: string; body?: unknown; token?: string } = {},
): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const response = await fetch(`${server.apiUrl}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

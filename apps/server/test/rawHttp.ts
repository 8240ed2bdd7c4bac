import { request } from 'node:http';
import { validateResponse } from './openapi';

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON answers freely
  body: any;
}

/**
 * One request on a connection of its own (no keep-alive pool), so that many
 * of them really arrive at once. The answer is checked against the contract.
 */
export function send(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<RawAnswer> {
  const url = new URL(`${baseUrl}${path}`);
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (payload) headers['content-type'] = 'application/json';

  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const answer = {
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: text ? JSON.parse(text) : undefined,
        };
        try {
          validateResponse(method, path, answer);
          resolve(answer);
        } catch (error) {
          reject(error);
        }
      });
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

/** Signs in through the development route. */
export async function devSignIn(baseUrl: string, memberId: string): Promise<string> {
  const answer = await send(baseUrl, 'POST', '/dev/sign-in', { body: { memberId } });
  if (answer.status !== 200) throw new Error(`Sign-in as ${memberId}: ${answer.status}`);
  return answer.body.token as string;
}

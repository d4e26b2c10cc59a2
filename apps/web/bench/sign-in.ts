/** What GET /api/instance tells anyone before signing in; only the demo accounts matter here. */
interface InstanceAnswer {
  demo: { accounts: Array<{ role: string; email: string }> } | null;
}

/** `name=value` pairs of every Set-Cookie in an answer, ready for a Cookie header. */
function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((line) => line.split(';', 1)[0] ?? '');
}

async function expectOk(response: Response, what: string): Promise<Response> {
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${await response.text()}`);
  return response;
}

/** The address of the demo practice's first client, as the sign-in page lists it. */
export async function demoClientEmail(baseUrl: string): Promise<string> {
  const response = await expectOk(await fetch(`${baseUrl}/api/instance`), 'GET /api/instance');
  const instance = (await response.json()) as InstanceAnswer;
  const client = instance.demo?.accounts.find((account) => account.role === 'client');
  if (client === undefined) throw new Error('this Tandem has no demo client to sign in as');
  return client.email;
}

/**
 * Signs in over plain HTTP the way the web app does (read the session for a
 * CSRF token, post the credentials with it) and returns the Cookie header
 * that carries the new session, for Lighthouse to send with every request.
 */
export async function signInCookie(
  baseUrl: string,
  credentials: { email: string; password: string },
): Promise<string> {
  const session = await expectOk(await fetch(`${baseUrl}/api/session`), 'GET /api/session');
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const signIn = await expectOk(
    await fetch(`${baseUrl}/api/auth/sign-in`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-csrf-token': csrfToken,
        cookie: cookiesOf(session).join('; '),
      },
      body: JSON.stringify(credentials),
    }),
    'POST /api/auth/sign-in',
  );
  const sessionCookie = cookiesOf(signIn).filter((pair) => pair.startsWith('tandem_session='));
  if (sessionCookie.length !== 1) throw new Error('the sign-in answer set no session cookie');
  return sessionCookie.join('; ');
}

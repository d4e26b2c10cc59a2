import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../api/api-client.ts';
import { ApiError } from '../api/api-error.ts';
import { setDeviceOwner } from './device-owner.ts';
import { deleteAllDeviceData } from './device-store.ts';
import { flushOutbox, pendingOutboxItems, sendOrQueue } from './outbox.ts';

// Node has no IndexedDB: the device store keeps values in memory here, through the same calls.

type Answer = (path: string, body: object) => Promise<unknown>;

function fakeApi(answer: Answer) {
  const sent: { path: string; body: object }[] = [];
  const api = {
    post: (path: string, body: object) => {
      sent.push({ path, body });
      return answer(path, body);
    },
    put: (path: string, body: object) => {
      sent.push({ path, body });
      return answer(path, body);
    },
  } as unknown as ApiClient;
  return { api, sent };
}

const offline = () => Promise.reject(new ApiError('NETWORK_ERROR', 'Offline.', 0));
const entry = (id: string) => ({
  id,
  path: '/api/me/check-ins',
  body: { id, mood: 6, note: 'A calm morning.' },
  label: 'Check-in',
});

beforeEach(() => setDeviceOwner('u1@p1'));
afterEach(async () => {
  await deleteAllDeviceData();
  setDeviceOwner(null);
});

describe('sendOrQueue', () => {
  it('sends at once and keeps nothing when the server stores the entry', async () => {
    const { api, sent } = fakeApi((_path, body) => Promise.resolve({ checkIn: body }));
    await expect(sendOrQueue(api, entry('e1'))).resolves.toMatchObject({ state: 'sent' });
    expect(sent).toHaveLength(1);
    expect(await pendingOutboxItems()).toEqual([]);
  });

  it('keeps the entry on the device when the network fails', async () => {
    const { api } = fakeApi(offline);
    await expect(sendOrQueue(api, entry('e1'))).resolves.toEqual({ state: 'queued' });
    expect((await pendingOutboxItems()).map((item) => item.id)).toEqual(['e1']);
  });

  it('passes a validation error to the form (which still holds the text) and keeps no copy', async () => {
    const { api } = fakeApi(() =>
      Promise.reject(new ApiError('VALIDATION_FAILED', 'The note is too long.', 400)),
    );
    await expect(sendOrQueue(api, entry('e1'))).rejects.toMatchObject({ status: 400 });
    expect(await pendingOutboxItems()).toEqual([]);
  });
});

describe('flushOutbox', () => {
  it('replays a queued entry with the same id and forgets it once stored', async () => {
    await sendOrQueue(fakeApi(offline).api, entry('e1'));
    const { api, sent } = fakeApi((_path, body) => Promise.resolve({ checkIn: body }));
    await flushOutbox(api);
    expect(sent.map((call) => (call.body as { id: string }).id)).toEqual(['e1']);
    expect(await pendingOutboxItems()).toEqual([]);
  });

  it('keeps what it cannot send yet, and stops at the first that cannot go', async () => {
    await sendOrQueue(fakeApi(offline).api, entry('e1'));
    await sendOrQueue(fakeApi(offline).api, entry('e2'));
    const { api, sent } = fakeApi(offline);
    await flushOutbox(api);
    expect(sent).toHaveLength(1);
    expect((await pendingOutboxItems()).map((item) => item.id)).toEqual(['e1', 'e2']);
  });

  it('keeps an entry the server refuses, with its message, and goes on with the next', async () => {
    await sendOrQueue(fakeApi(offline).api, entry('bad'));
    await sendOrQueue(fakeApi(offline).api, entry('good'));
    const { api } = fakeApi((_path, body) =>
      (body as { id: string }).id === 'bad'
        ? Promise.reject(new ApiError('VALIDATION_FAILED', 'That date is too far back.', 400))
        : Promise.resolve({ checkIn: body }),
    );
    await flushOutbox(api);
    const left = await pendingOutboxItems();
    expect(left.map((item) => [item.id, item.failure?.message])).toEqual([
      ['bad', 'That date is too far back.'],
    ]);
    // A refused entry is not sent again on its own: it would fail the same way.
    const again = fakeApi(() => Promise.resolve({}));
    await flushOutbox(again.api);
    expect(again.sent).toEqual([]);
  });

  it('keeps the entries after a 401 (sent once the person signs in again)', async () => {
    await sendOrQueue(fakeApi(offline).api, entry('e1'));
    const { api } = fakeApi(() =>
      Promise.reject(new ApiError('SESSION_EXPIRED', 'Signed out.', 401)),
    );
    await flushOutbox(api);
    expect((await pendingOutboxItems()).map((item) => item.id)).toEqual(['e1']);
  });

  it("never sends or shows another person's entries", async () => {
    await sendOrQueue(fakeApi(offline).api, entry('theirs'));
    setDeviceOwner('u2@p1');
    const { api, sent } = fakeApi(() => Promise.resolve({}));
    await flushOutbox(api);
    expect(sent).toEqual([]);
    expect(await pendingOutboxItems()).toEqual([]);
    setDeviceOwner('u1@p1');
    expect((await pendingOutboxItems()).map((item) => item.id)).toEqual(['theirs']);
  });
});

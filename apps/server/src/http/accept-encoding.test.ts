import { describe, expect, it } from 'vitest';
import { chooseContentCoding, type ContentCoding } from './accept-encoding.ts';

const both: ContentCoding[] = ['br', 'gzip'];

describe('chooseContentCoding', () => {
  it.each([
    // What browsers send.
    ['gzip, deflate, br, zstd', both, 'br'],
    ['gzip, deflate', both, 'gzip'],
    // The q-value decides before our preference does.
    ['br;q=0.5, gzip', both, 'gzip'],
    ['gzip;q=0.4, br;q=0.9', both, 'br'],
    ['BR;Q=0.2, GZip;q=0.3', both, 'gzip'],
    ['br;q=0, gzip', both, 'gzip'],
    ['br;q=0, gzip;q=0', both, 'identity'],
    // Equal weights: the smaller copy.
    ['gzip;q=0.5, br;q=0.5', both, 'br'],
    // `*` stands for every coding the header does not name.
    ['*', both, 'br'],
    ['br;q=0, *', both, 'gzip'],
    ['x-gzip', both, 'gzip'],
    // Only what the build wrote is a candidate.
    ['br, gzip', ['gzip'], 'gzip'],
    ['br', [], 'identity'],
    // Codings we never make, nothing at all, or nonsense: the plain file.
    ['zstd, deflate', both, 'identity'],
    [undefined, both, 'identity'],
    ['', both, 'identity'],
    ['identity', both, 'identity'],
    ['br;q=2', both, 'identity'],
    ['br;q=abc, gzip;q=0.1', both, 'gzip'],
    // Even a header that refuses everything gets something it can read over nothing.
    ['identity;q=0, *;q=0', both, 'identity'],
    // The first mention counts.
    ['br;q=0, br;q=1, gzip', both, 'gzip'],
  ] as const)('%j with %j on disk → %s', (header, available, expected) => {
    expect(chooseContentCoding(header, available)).toBe(expected);
  });
});

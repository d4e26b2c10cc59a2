import type { InstrumentDefinition } from '../../definition/types.ts';
import { bands, itemRange, numberedItems, sumScale } from '../../definition/build.ts';

const items = numberedItems(
  [
    'I found it hard to wind down',
    'I was aware of dryness of my mouth',
    "I couldn't seem to experience any positive feeling at all",
    'I experienced breathing difficulty (eg, excessively rapid breathing, breathlessness in the absence of physical exertion)',
    'I found it difficult to work up the initiative to do things',
    'I tended to over-react to situations',
    'I experienced trembling (eg, in the hands)',
    'I felt that I was using a lot of nervous energy',
    'I was worried about situations in which I might panic and make a fool of myself',
    'I felt that I had nothing to look forward to',
    'I found myself getting agitated',
    'I found it difficult to relax',
    'I felt down-hearted and blue',
    'I was intolerant of anything that kept me from getting on with what I was doing',
    'I felt I was close to panic',
    'I was unable to become enthusiastic about anything',
    "I felt I wasn't worth much as a person",
    'I felt that I was rather touchy',
    'I was aware of the action of my heart in the absence of physical exertion (eg, sense of heart rate increase, heart missing a beat)',
    'I felt scared without any good reason',
    'I felt that life was meaningless',
  ],
  [
    { value: 0, label: 'Did not apply to me at all' },
    { value: 1, label: 'Applied to me to some degree, or some of the time' },
    { value: 2, label: 'Applied to me to a considerable degree, or a good part of time' },
    { value: 3, label: 'Applied to me very much, or most of the time' },
  ],
);

const ids = (...numbers: number[]) => numbers.map(String);

// Subscale scores are doubled to the DASS-42 metric so the manual's bands apply.
export const dass21: InstrumentDefinition = {
  id: 'dass-21',
  title: 'Depression Anxiety Stress Scales (21-item version)',
  shortTitle: 'DASS-21',
  version: '1.0.0',
  stem: 'Please read each statement and circle a number 0, 1, 2 or 3 which indicates how much the statement applied to you over the past week.',
  items,
  // No bands are published for the sum of the three scales; read the subscales.
  total: sumScale('total', 'DASS-21 total (three subscales, × 2)', items, itemRange(1, 21), {
    multiplier: 2,
  }),
  subscales: [
    sumScale('depression', 'Depression (× 2)', items, ids(3, 5, 10, 13, 16, 17, 21), {
      multiplier: 2,
      bands: bands(
        ['normal', 'Normal', 0, 9],
        ['mild', 'Mild', 10, 13],
        ['moderate', 'Moderate', 14, 20],
        ['severe', 'Severe', 21, 27],
        ['extremely-severe', 'Extremely severe', 28, 42],
      ),
      source: 'DASS_BANDS',
    }),
    sumScale('anxiety', 'Anxiety (× 2)', items, ids(2, 4, 7, 9, 15, 19, 20), {
      multiplier: 2,
      bands: bands(
        ['normal', 'Normal', 0, 7],
        ['mild', 'Mild', 8, 9],
        ['moderate', 'Moderate', 10, 14],
        ['severe', 'Severe', 15, 19],
        ['extremely-severe', 'Extremely severe', 20, 42],
      ),
      source: 'DASS_BANDS',
    }),
    sumScale('stress', 'Stress (× 2)', items, ids(1, 6, 8, 11, 12, 14, 18), {
      multiplier: 2,
      bands: bands(
        ['normal', 'Normal', 0, 14],
        ['mild', 'Mild', 15, 18],
        ['moderate', 'Moderate', 19, 25],
        ['severe', 'Severe', 26, 33],
        ['extremely-severe', 'Extremely severe', 34, 42],
      ),
      source: 'DASS_BANDS',
    }),
  ],
  caseness: null,
  indications: [],
  criticalItems: [],
  missingItems: {
    kind: 'none',
    note: 'the DASS authors’ advice on missing items was not available to check, so nothing is prorated',
  },
  betterDirection: 'lower',
  change: {},
  licence: {
    kind: 'conditional',
    text: '"The DASS questionnaire is public domain, and so permission is not needed to use it." Conditions quoted for electronic distribution: the scales are not modified; they are not sold for profit; the intended audience is researchers or health professionals rather than end users; the DASS website is referenced. Confirm with the authors before giving it directly to clients on a commercial service.',
    attribution:
      'Lovibond SH, Lovibond PF. Manual for the Depression Anxiety Stress Scales. 2nd ed. Sydney: Psychology Foundation; 1995. http://www2.psy.unsw.edu.au/dass/',
    url: 'http://www2.psy.unsw.edu.au/dass/',
  },
  enabledByDefault: false,
  sources: [
    {
      key: 'DASS_ITEMS',
      citation: 'DASS-21 form (stored copy, Newcastle Pain Management): item texts and 0–3 anchors',
      url: 'https://www.newcastlepainmanagement.com.au/resources/forms/dass/',
    },
    {
      key: 'DASS_SUBSCALES',
      citation:
        'Depression 3, 5, 10, 13, 16, 17, 21; Anxiety 2, 4, 7, 9, 15, 19, 20; Stress 1, 6, 8, 11, 12, 14, 18 (public R package documentation and screener code agreeing)',
    },
    {
      key: 'DASS_BANDS',
      citation:
        'DASS manual severity labels on the DASS-42 metric (depression and stress as printed; anxiety from the DASS-21 raw bands 0–3, 4–5, 6–7, 8–9, 10+ doubled)',
    },
    {
      key: 'DASS_FAQ',
      citation: 'UNSW DASS FAQ (public-domain statement and distribution conditions)',
      url: 'http://www2.psy.unsw.edu.au/groups/dass/DASSFAQ.htm',
    },
  ],
};

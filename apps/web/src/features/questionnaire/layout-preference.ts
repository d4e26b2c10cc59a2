/** How the person likes to fill in forms: one question per screen, or all on one page. */
export type FormLayout = 'one-per-screen' | 'all-at-once';

const storageKey = 'tandem.form-layout';

/** localStorage, or nothing when the browser refuses it (private mode, storage off). */
export type LayoutStorage = Pick<Storage, 'getItem' | 'setItem'>;

function defaultStorage(): LayoutStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * The layout chosen last time on this device; one question per screen until
 * the person chooses (calmer on a phone). Only the choice is stored, never an answer.
 */
export function readFormLayout(storage: LayoutStorage | null = defaultStorage()): FormLayout {
  try {
    return storage?.getItem(storageKey) === 'all-at-once' ? 'all-at-once' : 'one-per-screen';
  } catch {
    return 'one-per-screen';
  }
}

export function saveFormLayout(
  layout: FormLayout,
  storage: LayoutStorage | null = defaultStorage(),
): void {
  try {
    storage?.setItem(storageKey, layout);
  } catch {
    // Storage full or refused: the choice lasts for this visit only.
  }
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError, messageOf } from '../api/api-error.ts';
import { messageForField } from './field-message.ts';
import type { FieldErrors } from './validation.ts';

export interface FormErrors<Field extends string> {
  fieldErrors: FieldErrors<Field>;
  /** A problem that belongs to no single field (wrong password, server unreachable). */
  formError: string | null;
  /**
   * Changes with every form-level error shown. Used as the alert's `key`, so the
   * same message after a second attempt is a new alert and is announced again.
   */
  formErrorKey: number;
  /** Shows field errors and moves focus to the first invalid field, in `fieldOrder`. */
  showFieldErrors: (errors: FieldErrors<Field>) => void;
  /** Maps an API error to its field (via `path`) or to the form. */
  showApiError: (error: unknown) => void;
  showFormError: (message: string) => void;
  clear: () => void;
}

/**
 * Error state for one form. `fieldIds` maps each field to its input's DOM id
 * and lists the fields in screen order; `apiPaths` maps an API error `path`
 * (e.g. "password") to a field when the names differ.
 */
export function useFormErrors<Field extends string>(
  fieldIds: Readonly<Record<Field, string>>,
  apiPaths: Readonly<Record<string, Field>> = {},
): FormErrors<Field> {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [formErrorKey, setFormErrorKey] = useState(0);
  const focusAfterRender = useRef<string | null>(null);

  // Focus only after the error text is in the DOM, so a screen reader reads it
  // (through aria-describedby) together with the field's label.
  useEffect(() => {
    const id = focusAfterRender.current;
    if (id === null) return;
    focusAfterRender.current = null;
    document.getElementById(id)?.focus();
  }, [fieldErrors]);

  const showFieldErrors = useCallback(
    (errors: FieldErrors<Field>) => {
      const order = Object.keys(fieldIds) as Field[];
      const first = order.find((field) => errors[field] !== undefined);
      focusAfterRender.current = first === undefined ? null : fieldIds[first];
      setFormError(null);
      setFieldErrors(errors);
    },
    [fieldIds],
  );

  const showFormError = useCallback((message: string) => {
    setFieldErrors({});
    setFormError(message);
    setFormErrorKey((key) => key + 1);
  }, []);

  const showApiError = useCallback(
    (error: unknown) => {
      const path = isApiError(error) ? error.path : undefined;
      const field = path === undefined ? undefined : (apiPaths[path] ?? asField(path, fieldIds));
      if (path !== undefined && field !== undefined) {
        const errors: FieldErrors<Field> = {};
        errors[field] = messageForField(messageOf(error), path);
        showFieldErrors(errors);
      } else {
        showFormError(messageOf(error));
      }
    },
    [apiPaths, fieldIds, showFieldErrors, showFormError],
  );

  const clear = useCallback(() => {
    setFieldErrors({});
    setFormError(null);
  }, []);

  return {
    fieldErrors,
    formError,
    formErrorKey,
    showFieldErrors,
    showApiError,
    showFormError,
    clear,
  };
}

function asField<Field extends string>(
  path: string,
  fieldIds: Readonly<Record<Field, string>>,
): Field | undefined {
  return Object.hasOwn(fieldIds, path) ? (path as Field) : undefined;
}

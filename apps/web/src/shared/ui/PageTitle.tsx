import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

interface PageTitleProps {
  children: string;
  /**
   * Take the focus when shown, also without a navigation: for a screen that
   * replaces another in place (the result after submitting a form).
   */
  focusOnMount?: boolean;
  /**
   * The browser tab's name when it must say less than the heading: a tab or
   * the app switcher may be seen by someone else (the client's safety plan).
   */
  documentTitle?: string;
}

/**
 * Whether a page has been shown since the document loaded. The first one is
 * left alone (the browser starts at the top anyway, and a reload keeps the
 * router's history key, so the key alone cannot tell a load from a navigation).
 */
let firstPageShown = false;

/**
 * The page's one h1. It names the browser tab and, after every navigation
 * inside the app, takes the focus so keyboard and screen-reader users start
 * reading at the new page rather than somewhere in the old one.
 */
export function PageTitle({ children, focusOnMount = false, documentTitle }: PageTitleProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();

  useEffect(() => {
    document.title = `${documentTitle ?? children} – Tandem`;
  }, [children, documentTitle]);

  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);

  useEffect(() => {
    if (!firstPageShown) {
      firstPageShown = true;
      return;
    }
    heading.current?.focus();
  }, [key]);

  return (
    <h1 className="page-title" ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}

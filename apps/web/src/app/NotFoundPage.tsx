import { Link } from 'react-router';
import { PageTitle } from '../shared/ui/PageTitle.tsx';

export function NotFoundPage() {
  return (
    <div className="narrow-text">
      <PageTitle>Page not found</PageTitle>
      <p>There is no page at this address. The link may be old or mistyped.</p>
      <p>
        <Link to="/">Go to your start page</Link>
      </p>
    </div>
  );
}

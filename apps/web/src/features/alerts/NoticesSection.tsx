import { useId } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../shared/format/format-date.ts';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { StackedTable } from '../../shared/ui/StackedTable.tsx';
import { useMyNotices } from './alerts-api.ts';
import { noticeDeliveryText, noticeText, type StaffNotice } from './notice-wording.ts';

/**
 * The in-app side of caseload notices: clients newly not on track and
 * measures not answered in time, from the last 30 days, each linking to the
 * client's page. How each reached the reader besides the app follows their
 * notification choices below.
 */
export function NoticesSection({ clientPathBase }: { clientPathBase: string }) {
  const headingId = useId();
  const notices = useMyNotices();
  return (
    <section className="section">
      <h2 id={headingId}>Caseload notices</h2>
      <p>Clients newly not on track on a measure, and measures not answered in time (30 days).</p>
      {notices.isPending && <LoadingState />}
      {notices.isError && (
        <QueryError error={notices.error} onRetry={() => void notices.refetch()} />
      )}
      {notices.data &&
        (notices.data.notices.length === 0 ? (
          <p className="empty-state">No notices in the last 30 days.</p>
        ) : (
          <StackedTable<StaffNotice>
            rows={notices.data.notices}
            rowKey={(n) => n.id}
            labelledBy={headingId}
            rowHeader={{
              header: 'Client',
              cell: (n) => <Link to={`${clientPathBase}/${n.clientId}`}>{n.clientName}</Link>,
            }}
            columns={[
              { header: 'Notice', cell: noticeText },
              { header: 'When', cell: (n) => formatDateTime(n.createdAt) },
              { header: 'By e-mail', cell: noticeDeliveryText },
            ]}
          />
        ))}
    </section>
  );
}

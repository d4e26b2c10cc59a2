import { useQueryClient } from '@tanstack/react-query';

/**
 * "Quick exit" on client screens: for someone who must hide what they are
 * reading at once. It empties the screen and the cached answers, then
 * replaces this page in the tab's history with an empty page, so Back does
 * not lead to it. (Pages visited before it stay in the history: a browser
 * lets no page remove those.) It goes nowhere on the internet: a request to
 * another site would tell that site the person used Tandem.
 */
export function QuickExit() {
  const queryClient = useQueryClient();
  return (
    <button
      type="button"
      className="quick-exit"
      onClick={() => {
        document.body.hidden = true;
        document.title = '';
        queryClient.clear();
        window.location.replace('about:blank');
      }}
    >
      Quick exit
    </button>
  );
}

// Which tab the popup reports on: the active tab of the current window, or the tab named by a `?tab=ID`
// query parameter (used only when present: it lets the browser tests, and anyone opening popup.html in a
// tab, point the popup at another tab). Takes the tab query as a parameter.

/** The tab id from "?tab=123", or null when the parameter is absent or not a whole number. */
export function tabFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

export async function resolveTargetTab(search: string, activeTab: () => Promise<{ id?: number } | undefined>): Promise<number | null> {
  const fromQuery = tabFromQuery(search);
  if (fromQuery !== null) return fromQuery;
  try {
    const tab = await activeTab();
    return typeof tab?.id === 'number' && tab.id >= 0 ? tab.id : null;
  } catch {
    return null;
  }
}

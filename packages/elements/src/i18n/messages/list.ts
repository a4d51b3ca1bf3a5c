const numbers = new Intl.NumberFormat('en-US');

/**
 * Strings of the list state's newer controls: search help and bounded counts, the date range,
 * saved-filter name checks, keyboard shortcuts, and the error details disclosure. Keys are
 * prefixed per area (search*, range*, filter*, shortcut*, error*).
 */
export const list = {
  // ---- search help and counts ----
  searchHelp: 'Search help',
  searchHelpTitle: 'How to search',
  searchHelpPhrase: 'Exact phrase',
  searchHelpPhraseExample: '"charged twice"',
  searchHelpExclude: 'Leave out a word',
  searchHelpExcludeExample: 'refund -card',
  searchHelpOr: 'Either word',
  searchHelpOrExample: 'refund OR chargeback',
  searchHelpId: 'A conversation, session, user or call ID finds that conversation.',
  searchResultCountAtLeast: (n: number) => `${numbers.format(n)}+ results`,
  // ---- date range ----
  rangeLabel: 'Time range',
  rangeAny: 'Any time',
  rangeToday: 'Today',
  rangeLast7: 'Last 7 days',
  rangeLast30: 'Last 30 days',
  rangeCustom: 'Custom range',
  rangeFrom: 'From',
  rangeTo: 'To',
  rangeApply: 'Apply range',
  rangeInvalid: 'The start date must be on or before the end date.',
  rangeSummary: (from: string, to: string) => `${from} – ${to}`,
  // ---- saved filter names ----
  filterNameDuplicate: (name: string) => `You already have a filter named “${name}”. Choose another name.`,
  // ---- keyboard shortcuts ----
  shortcutsTitle: 'Keyboard shortcuts',
  shortcutFocusSearch: 'Focus the search box',
  shortcutShowHelp: 'Show these shortcuts',
  // ---- errors in plain words, and their details ----
  errorInvalidResponse: 'The server sent an answer we could not read. Please retry; if it keeps happening, contact your administrator.',
  errorConflict: 'Someone else changed this at the same time. Reload to see the latest version.',
  errorGone: 'This is no longer available.',
  errorDetails: 'Details',
  errorRequestId: (id: string) => `Request ID: ${id}`,
  errorStatus: (status: number) => `HTTP status: ${status}`,
  errorCode: (code: string) => `Error code: ${code}`,
} as const;

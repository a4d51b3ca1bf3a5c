import type { list as en } from '../list.js';
import { pluralFor } from '../../plural.js';
import type { AreaShape } from './shape.js';

const plural = pluralFor('de-DE');

/** German strings of the list state's newer controls (see ../list.ts). */
export const list = {
  searchHelp: 'Suchhilfe',
  searchHelpTitle: 'So suchen Sie',
  searchHelpPhrase: 'Exakte Wortfolge',
  searchHelpPhraseExample: '"doppelt abgebucht"',
  searchHelpExclude: 'Wort ausschließen',
  searchHelpExcludeExample: 'Erstattung -Karte',
  searchHelpOr: 'Eines der Wörter',
  searchHelpOrExample: 'Erstattung OR Rückbuchung',
  searchHelpId: 'Eine Gesprächs-, Sitzungs-, Benutzer- oder Anruf-ID findet genau dieses Gespräch.',
  searchResultCountAtLeast: (n: number) => plural(n, { one: 'mindestens # Ergebnis', other: 'mindestens # Ergebnisse' }),
  rangeLabel: 'Zeitraum',
  rangeAny: 'Beliebiger Zeitraum',
  rangeToday: 'Heute',
  rangeLast7: 'Letzte 7 Tage',
  rangeLast30: 'Letzte 30 Tage',
  rangeCustom: 'Benutzerdefinierter Zeitraum',
  rangeFrom: 'Von',
  rangeTo: 'Bis',
  rangeApply: 'Zeitraum übernehmen',
  rangeInvalid: 'Das Startdatum muss am oder vor dem Enddatum liegen.',
  rangeSummary: (from: string, to: string) => `${from} – ${to}`,
  filterNameDuplicate: (name: string) => `Sie haben bereits einen Filter namens „${name}“. Wählen Sie einen anderen Namen.`,
  shortcutsTitle: 'Tastenkombinationen',
  shortcutFocusSearch: 'Suchfeld fokussieren',
  shortcutShowHelp: 'Diese Tastenkombinationen anzeigen',
  errorInvalidResponse: 'Die Antwort des Servers konnte nicht gelesen werden. Bitte versuchen Sie es erneut; tritt der Fehler weiter auf, wenden Sie sich an Ihre Administration.',
  errorConflict: 'Jemand anderes hat dies gleichzeitig geändert. Laden Sie neu, um den aktuellen Stand zu sehen.',
  errorGone: 'Dies ist nicht mehr verfügbar.',
  errorDetails: 'Details',
  errorRequestId: (id: string) => `Anfrage-ID: ${id}`,
  errorStatus: (status: number) => `HTTP-Status: ${status}`,
  errorCode: (code: string) => `Fehlercode: ${code}`,
} satisfies AreaShape<typeof en>;

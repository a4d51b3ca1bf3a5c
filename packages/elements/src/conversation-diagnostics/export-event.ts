export type DiagnosticsExportFormat = 'pcap' | 'text' | 'svg' | 'html';

export interface DiagnosticsExportDetail {
  format: DiagnosticsExportFormat;
  /** The file's name: the backend's (Content-Disposition) for PCAP/TEXT, else `sip-flow-<id>.svg|html`. */
  filename: string;
  blob: Blob;
}

/**
 * Fired when an export is ready, just before the browser saves it. Cancelable: call `preventDefault()`
 * to handle the file yourself (upload it, open it in a viewer) instead of downloading it.
 */
export type DiagnosticsExportEvent = CustomEvent<DiagnosticsExportDetail>;

export function diagnosticsExportEvent(detail: DiagnosticsExportDetail): DiagnosticsExportEvent {
  return new CustomEvent('diagnostics-export', { detail, bubbles: true, composed: true, cancelable: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'diagnostics-export': DiagnosticsExportEvent;
  }
}

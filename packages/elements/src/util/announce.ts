/**
 * Speaks a short confirmation ("Copied", "Export started") through one polite live region per page.
 * Visual confirmation stays the element's job; this makes it heard.
 */
let region: HTMLElement | undefined;

export function announce(message: string): void {
  if (!region || !region.isConnected) {
    region = document.createElement('div');
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    Object.assign(region.style, { position: 'fixed', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' });
    document.body.append(region);
  }
  // Clearing first makes a repeated message ("Copied" twice) announce again.
  region.textContent = '';
  const target = region;
  setTimeout(() => (target.textContent = message), 50);
}

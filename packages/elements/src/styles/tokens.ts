/**
 * Design tokens as CSS custom properties (`--ck-*`), light and dark.
 *
 * They are installed once into the document inside the cascade layer `conversations-kit`, so any
 * host declaration of a `--ck-*` property (un-layered) wins without `!important`. The dark set
 * follows `prefers-color-scheme` unless an ancestor sets `data-ck-theme="light|dark"`.
 */
const light = `
  color-scheme: light;
  --ck-color-surface: #ffffff;
  --ck-color-surface-raised: #ffffff;
  --ck-color-surface-sunken: #f6f7f9;
  --ck-color-surface-hover: #f1f4f8;
  --ck-color-surface-selected: #e8f0fe;
  --ck-color-border: #dde1e7;
  --ck-color-border-strong: #c3c9d2;
  --ck-color-text: #1c2330;
  --ck-color-text-muted: #5a6474;
  --ck-color-text-on-accent: #ffffff;
  --ck-color-accent: #2457c5;
  --ck-color-accent-hover: #1d4aa8;
  --ck-color-focus: #2f6fed;
  --ck-color-info-bg: #e7f0ff; --ck-color-info-fg: #1f4fb3;
  --ck-color-danger-bg: #fdecec; --ck-color-danger-fg: #b3261e;
  --ck-color-success-bg: #e6f5ec; --ck-color-success-fg: #1e6b3c;
  --ck-color-warning-bg: #fff3dc; --ck-color-warning-fg: #8a5300;
  --ck-color-neutral-bg: #eef1f4; --ck-color-neutral-fg: #3e4858;
  --ck-color-skeleton: #e9ecf0;
  --ck-color-highlight: #fff0a8;
  --ck-color-highlight-current: #ffc94a;
  --ck-color-sip-request: #2457c5;
  --ck-color-sip-provisional: #6b7280;
  --ck-color-sip-success: #1e7b45;
  --ck-color-sip-failure: #c0392b;
  --ck-color-sip-rtcp: #8e44ad;
  --ck-color-mos-good: #1e7b45; --ck-color-mos-fair: #9a6400; --ck-color-mos-poor: #c0392b;
  --ck-color-wave: #9aa9c2; --ck-color-wave-progress: #2457c5;
  --ck-color-wave-agent: #b7a4d6; --ck-color-wave-agent-progress: #6b46c1;
  --ck-shadow-popover: 0 8px 24px rgba(16, 24, 40, 0.14), 0 2px 6px rgba(16, 24, 40, 0.08);
  --ck-color-backdrop: rgba(15, 20, 30, 0.4);
`;

const dark = `
  color-scheme: dark;
  --ck-color-surface: #161a21;
  --ck-color-surface-raised: #1d222b;
  --ck-color-surface-sunken: #11151b;
  --ck-color-surface-hover: #232a35;
  --ck-color-surface-selected: #1f3358;
  --ck-color-border: #2c3340;
  --ck-color-border-strong: #3d4656;
  --ck-color-text: #e6e9ef;
  --ck-color-text-muted: #a3acba;
  --ck-color-text-on-accent: #0d1420;
  --ck-color-accent: #7fa8ff;
  --ck-color-accent-hover: #a3c0ff;
  --ck-color-focus: #8fb3ff;
  --ck-color-info-bg: #1b2b4a; --ck-color-info-fg: #a9c5ff;
  --ck-color-danger-bg: #3d1c1c; --ck-color-danger-fg: #ffaaa3;
  --ck-color-success-bg: #16321f; --ck-color-success-fg: #8fdcaa;
  --ck-color-warning-bg: #3a2a0f; --ck-color-warning-fg: #ffcf7a;
  --ck-color-neutral-bg: #262d38; --ck-color-neutral-fg: #c9d0db;
  --ck-color-skeleton: #262c36;
  --ck-color-highlight: #5c4d00;
  --ck-color-highlight-current: #9a6b00;
  --ck-color-sip-request: #7fa8ff;
  --ck-color-sip-provisional: #a3acba;
  --ck-color-sip-success: #6fd19a;
  --ck-color-sip-failure: #ff8a80;
  --ck-color-sip-rtcp: #d0a3f0;
  --ck-color-mos-good: #6fd19a; --ck-color-mos-fair: #ffcf7a; --ck-color-mos-poor: #ff8a80;
  --ck-color-wave: #4b5a73; --ck-color-wave-progress: #7fa8ff;
  --ck-color-wave-agent: #5f4d80; --ck-color-wave-agent-progress: #c3a6ff;
  --ck-shadow-popover: 0 8px 24px rgba(0, 0, 0, 0.5), 0 2px 6px rgba(0, 0, 0, 0.4);
  --ck-color-backdrop: rgba(0, 0, 0, 0.6);
`;

const shared = `
  --ck-font-size-sm: 0.75rem;
  --ck-font-size-md: 0.8125rem;
  --ck-font-size-lg: 0.9375rem;
  --ck-font-size-xl: 1.125rem;
  --ck-font-mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
  --ck-space-1: 4px; --ck-space-2: 8px; --ck-space-3: 12px; --ck-space-4: 16px; --ck-space-5: 24px; --ck-space-6: 32px;
  --ck-radius-sm: 4px; --ck-radius-md: 6px; --ck-radius-lg: 10px; --ck-radius-pill: 999px;
  --ck-row-height: 40px;
  --ck-row-height-compact: 32px;
  --ck-motion-duration: 120ms;
`;

/** The whole token sheet as CSS text (also shipped as `themes/tokens.css` for hosts that prefer a `<link>`). */
export const tokensCss = `@layer conversations-kit {
  :root { ${shared} ${light} }
  @media (prefers-color-scheme: dark) { :root:not([data-ck-theme="light"]) { ${dark} } }
  [data-ck-theme="light"] { ${light} }
  [data-ck-theme="dark"] { ${dark} }
  @media (prefers-reduced-motion: reduce) { :root { --ck-motion-duration: 0ms; } }
}`;

let installed = false;

/** Installs the token sheet into the document once. Safe to call from every element. */
export function ensureTokens(doc: Document = document): void {
  if (installed || typeof CSSStyleSheet === 'undefined') return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(tokensCss);
  doc.adoptedStyleSheets = [sheet, ...doc.adoptedStyleSheets];
  installed = true;
}

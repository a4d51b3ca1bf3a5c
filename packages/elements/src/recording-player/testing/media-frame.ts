// The page inside the media-backend frame: registers <recording-player> in the frame's own registry.
import '../recording-player.define.js';

(window as unknown as { ckReady: boolean }).ckReady = true;

// The frame's console in the test runner's report.
const parent = window.parent as Window & typeof globalThis;
for (const level of ['log', 'warn', 'error'] as const) console[level] = parent.console[level].bind(parent.console);

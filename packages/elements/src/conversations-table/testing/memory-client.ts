// The in-memory client lives with the package's other test support; this path keeps old imports working.
export * from '../../testing/memory-client.js';

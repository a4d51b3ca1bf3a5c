const DAY_MS = 86_400_000;

/** True when a conversation started more than `retentionDays` ago: its events can no longer be previewed or downloaded. */
export function eventsExpired(startTime: string | null | undefined, retentionDays = 30, now = Date.now()): boolean {
  if (!startTime) return false;
  const started = Date.parse(startTime);
  return Number.isFinite(started) && now - started > retentionDays * DAY_MS;
}

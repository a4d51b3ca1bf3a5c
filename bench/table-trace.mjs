// Reads a Chromium trace (devtools.timeline categories) between two performance marks on the page's
// main thread: CPU per frame (thread time of top-level tasks), elements restyled, layout objects
// dirtied, and paint time per frame.
export const TRACE_CATEGORIES = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'blink.user_timing', 'disabled-by-default-devtools.timeline.frame',
];

export function summarizeTrace(buffer, frames, { start = 'fling-start', end = 'fling-end' } = {}) {
  const events = JSON.parse(buffer.toString()).traceEvents ?? JSON.parse(buffer.toString());
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const mark = (name) => events.find((e) => e.name === name && e.cat?.includes('blink.user_timing'));
  const a = mark(start)?.ts;
  const b = mark(end)?.ts;
  if (a === undefined || b === undefined) throw new Error('trace has no fling marks');
  const pid = mark(start).pid;
  const onMain = (e) => e.pid === pid && mainThreads.has(`${e.pid}:${e.tid}`) && e.ts >= a && e.ts <= b;
  let cpu = 0;
  let restyled = 0;
  let dirtied = 0;
  let paint = 0;
  const open = new Map();
  for (const e of events) {
    if (!onMain(e)) continue;
    if (e.name === 'RunTask' && e.ph === 'X') cpu += (e.tdur ?? e.dur ?? 0) / 1000;
    if ((e.name === 'Paint' || e.name === 'PrePaint') && e.ph === 'X') paint += (e.dur ?? 0) / 1000;
    if (e.name === 'UpdateLayoutTree') {
      if (e.ph === 'X') restyled += e.args?.elementCount ?? 0;
      else if (e.ph === 'E') restyled += e.args?.elementCount ?? 0;
    }
    if (e.name === 'Layout') {
      if (e.ph === 'B') open.set(e.tid, e);
      if ((e.ph === 'X' || e.ph === 'B') && e.args?.beginData) dirtied += e.args.beginData.dirtyObjects ?? 0;
    }
  }
  return { cpuPerFrame: cpu / frames, restyledPerFrame: restyled / frames, dirtiedPerFrame: dirtied / frames, paintPerFrame: paint / frames };
}

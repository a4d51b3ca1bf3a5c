/**
 * A self-contained SVG of the ladder as it is shown (current filters, every shown message — not only
 * the rows scrolled into view), with the theme's colours resolved so the file looks the same anywhere.
 * All text is XML-escaped: SIP fields come from the network.
 */
import type { LadderColumn, MessageTone, ShownRow } from './flow-model.js';

export interface LadderPalette {
  request: string;
  provisional: string;
  success: string;
  failure: string;
  rtcp: string;
  text: string;
  muted: string;
  border: string;
  surface: string;
  sunken: string;
}

export interface LadderSvgInput {
  title: string;
  columns: readonly LadderColumn[];
  rows: readonly ShownRow[];
  palette: LadderPalette;
  fontFamily: string;
  monoFamily: string;
  labels: { time: string; retransmission: string; sdp: string };
}

const GUTTER = 170;
const LANE = 190;
const HEAD = 64;
const ROW = 44;
const TITLE = 36;

const esc = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function ladderSvg(input: LadderSvgInput): string {
  const { columns, rows, palette: p } = input;
  const width = GUTTER + Math.max(1, columns.length) * LANE;
  const height = TITLE + HEAD + rows.length * ROW + 16;
  const laneX = (i: number) => GUTTER + (i + 0.5) * LANE;
  const tones: MessageTone[] = ['request', 'provisional', 'success', 'failure', 'rtcp'];
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(input.fontFamily)}" font-size="12">`,
    `<title>${esc(input.title)}</title>`,
    '<defs>',
    ...tones.map((tone) => `<marker id="head-${tone}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${esc(p[tone])}"/></marker>`),
    '</defs>',
    `<rect width="100%" height="100%" fill="${esc(p.surface)}"/>`,
    `<text x="12" y="23" font-size="15" font-weight="600" fill="${esc(p.text)}">${esc(input.title)}</text>`,
    `<rect x="0" y="${TITLE}" width="${width}" height="${HEAD}" fill="${esc(p.sunken)}"/>`,
    `<text x="12" y="${TITLE + 38}" font-weight="600" fill="${esc(p.muted)}">${esc(input.labels.time)}</text>`,
  );
  columns.forEach((column, i) => {
    const x = laneX(i);
    if (column.label) out.push(`<text x="${x}" y="${TITLE + 26}" text-anchor="middle" font-weight="600" fill="${esc(p.text)}">${esc(column.label)}</text>`);
    out.push(
      `<text x="${x}" y="${TITLE + (column.label ? 46 : 38)}" text-anchor="middle" font-family="${esc(input.monoFamily)}" fill="${esc(p.muted)}">${esc(column.port === null ? column.ip : `${column.ip}:${column.port}`)}</text>`,
      `<line x1="${x}" y1="${TITLE + HEAD}" x2="${x}" y2="${height - 8}" stroke="${esc(p.border)}" stroke-width="1"/>`,
    );
  });
  rows.forEach((row, r) => {
    const y = TITLE + HEAD + r * ROW;
    const mid = y + ROW / 2;
    const color = esc(p[row.tone]);
    out.push(
      `<text x="12" y="${y + 18}" font-family="${esc(input.monoFamily)}" fill="${esc(p.text)}">${esc(row.clock)}</text>`,
      `<text x="12" y="${y + 34}" font-family="${esc(input.monoFamily)}" font-size="11" fill="${esc(p.muted)}">+${esc(row.offset)} s  Δ ${esc(row.delta)} s</text>`,
    );
    const x1 = laneX(row.from);
    const x2 = laneX(row.to);
    const dash = row.tone === 'rtcp' ? ' stroke-dasharray="6 4"' : '';
    let labelX = (x1 + x2) / 2;
    if (row.from === row.to) {
      out.push(`<path d="M${x1},${mid - 8} h36 v16 h-34" fill="none" stroke="${color}" stroke-width="1.6"${dash} marker-end="url(#head-${row.tone})"/>`);
      labelX = x1 + 40;
    } else {
      out.push(`<line x1="${x1}" y1="${mid}" x2="${x2 + (x2 > x1 ? -1 : 1)}" y2="${mid}" stroke="${color}" stroke-width="1.6"${dash} marker-end="url(#head-${row.tone})"/>`);
    }
    const badges = [row.message.retransmission ? input.labels.retransmission : '', row.message.sdp ? input.labels.sdp : ''].filter(Boolean).join(' · ');
    out.push(
      `<text x="${labelX}" y="${mid - 6}" text-anchor="${row.from === row.to ? 'start' : 'middle'}" font-weight="600" fill="${color}">${esc(row.message.label)}${badges ? ` <tspan font-weight="400" fill="${esc(p.muted)}">[${esc(badges)}]</tspan>` : ''}</text>`,
      `<text x="${labelX}" y="${mid + 15}" text-anchor="${row.from === row.to ? 'start' : 'middle'}" font-family="${esc(input.monoFamily)}" font-size="10.5" fill="${esc(p.muted)}">${esc(row.ports)}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('\n');
}

/** The SVG wrapped in a small HTML page (opens in any browser, prints well). */
export function ladderHtml(input: LadderSvgInput): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(input.title)}</title>
<style>body{margin:16px;background:${esc(input.palette.surface)};color:${esc(input.palette.text)};font-family:${esc(input.fontFamily)}}</style>
</head><body>
${ladderSvg(input)}
</body></html>`;
}

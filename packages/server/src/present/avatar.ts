import { AGENT_BY_ID } from '../generator/catalog.js';

const PALETTE = ['#2563eb', '#7c3aed', '#db2777', '#ea580c', '#16a34a', '#0891b2', '#4f46e5', '#b45309'];

/** A small initials avatar for an agent (the table's "profile pictures"). */
export function avatarSvg(agentId: string): string | null {
  const agent = AGENT_BY_ID.get(agentId);
  if (!agent) return null;
  const initials = agent.name.replace(/\(.*\)/, '').split(/\s+/).filter(Boolean).slice(0, 2).map((w) => w[0]).join('').toUpperCase();
  let h = 0;
  for (const ch of agentId) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const bg = PALETTE[h % PALETTE.length];
  const shape = agent.kind === 'ai' ? '<rect width="64" height="64" rx="16"' : '<circle cx="32" cy="32" r="32"';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64" role="img" aria-label="${agent.name.replace(/[<>&"]/g, '')}">${shape} fill="${bg}"/><text x="32" y="40" font-family="system-ui, sans-serif" font-size="24" font-weight="600" fill="#fff" text-anchor="middle">${initials}</text></svg>`;
}

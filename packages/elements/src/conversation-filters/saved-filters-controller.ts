import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConversationQuery, SavedFilter } from '@conversations-kit/sdk';
import type { KitClient } from '../context/contexts.js';
import type { Messages } from '../i18n/messages.js';

/** Folds case, width and spacing so "Billing", " billing " and "ＢＩＬＬＩＮＧ" count as one name. */
export const nameKey = (name: string): string => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/**
 * Why a saved-filter name is refused (empty, or already used by another of the caller's filters),
 * or null when it is fine. `except` is the filter being renamed or edited.
 */
export function nameProblem(name: string, saved: readonly SavedFilter[] | null, t: Messages, except?: string): string | null {
  const clean = name.trim();
  if (!clean) return t.filterNameRequired;
  const key = nameKey(clean);
  const clash = (saved ?? []).find((f) => f.id !== except && nameKey(f.name) === key);
  return clash ? t.filterNameDuplicate(clash.name) : null;
}

interface Host extends ReactiveControllerHost {
  client?: KitClient;
}

/**
 * The caller's saved filters: loading (per signed-in client), create / update / duplicate /
 * mark default / delete, and the names already taken. Holds no view state; the element renders it.
 */
export class SavedFiltersController implements ReactiveController {
  /** The caller's filters; null until loaded. */
  list: SavedFilter[] | null = null;
  /** Why the last load failed, or null. */
  error: unknown = null;
  private loadedFor?: KitClient;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Forgets the filters of the previous client (the signed-in user changed). Returns true when it did. */
  resetFor(client: KitClient | undefined): boolean {
    if (client === this.loadedFor) return false;
    const hadOne = this.loadedFor !== undefined;
    this.loadedFor = client;
    this.list = null;
    this.error = null;
    this.host.requestUpdate();
    return hadOne;
  }

  /** Loads (or reloads) the list; resolves with it, or null when it failed or the client changed meanwhile. */
  async load(): Promise<SavedFilter[] | null> {
    const client = this.host.client;
    if (!client) return null;
    this.error = null;
    this.host.requestUpdate();
    try {
      const list = await client.filters.list();
      if (client !== this.host.client) return null;
      this.list = list;
      return list;
    } catch (error) {
      if (client === this.host.client) this.error = error;
      return null;
    } finally {
      this.host.requestUpdate();
    }
  }

  /** Clears the list without loading (the caller may not manage filters). */
  setEmpty(): void {
    this.list = [];
    this.error = null;
    this.host.requestUpdate();
  }

  find(id: string | undefined): SavedFilter | null {
    return (id && this.list?.find((f) => f.id === id)) || null;
  }

  problem(name: string, t: Messages, except?: string): string | null {
    return nameProblem(name, this.list, t, except);
  }

  async create(name: string, query: ConversationQuery): Promise<SavedFilter> {
    const created = await this.client().filters.create({ name: name.trim(), query });
    this.remember(created);
    void this.load();
    return created;
  }

  async update(id: string, query: ConversationQuery): Promise<SavedFilter> {
    const updated = await this.client().filters.update(id, { query });
    void this.load();
    return updated;
  }

  async duplicate(id: string, name: string): Promise<SavedFilter> {
    const copy = await this.client().filters.duplicate(id, name.trim());
    this.remember(copy);
    void this.load();
    return copy;
  }

  async markDefault(id: string): Promise<void> {
    await this.client().filters.markDefault(id);
    await this.load();
  }

  async remove(id: string): Promise<void> {
    await this.client().filters.delete(id);
    void this.load();
  }

  /** Keeps a new filter in the list at once, so its name counts as taken before the reload answers. */
  private remember(filter: SavedFilter): void {
    this.list = [...(this.list ?? []).filter((f) => f.id !== filter.id), filter];
    this.host.requestUpdate();
  }

  private client(): KitClient {
    const client = this.host.client;
    if (!client) throw new Error('No client');
    return client;
  }
}

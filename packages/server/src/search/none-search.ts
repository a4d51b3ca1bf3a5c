import { ApiError } from '../http/errors.js';
import type { ConversationStore } from '../store/store.js';
import { idSearch, looksLikeId } from './id-search.js';
import type { SearchIndex, SearchRequest, SearchResultPage } from './search.js';

/** Full-text search switched off: ID lookups only, as on deployments without OpenSearch. */
export class NoneSearch implements SearchIndex {
  readonly fullText = false;

  constructor(private readonly store: ConversationStore) {}

  async search(req: SearchRequest): Promise<SearchResultPage> {
    if (!looksLikeId(req.q)) {
      throw new ApiError('search_unavailable', 'Full-text search is not available on this deployment; search by a conversation, session, user or call ID instead.');
    }
    return idSearch(this.store, req);
  }

  async index(): Promise<void> {
    // Nothing is indexed without full-text search.
  }
}

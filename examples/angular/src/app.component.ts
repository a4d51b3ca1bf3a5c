import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import '@conversations-kit/elements/define.js';
import type { ConversationSelectEvent } from '@conversations-kit/elements';

// Where the backend is: `?api=` and `?token=` (the example's test passes its own server), else `npm start`'s.
const params = new URLSearchParams(location.search);

@Component({
  selector: 'app-root',
  // Angular leaves unknown tags to the browser with this schema; [prop] bindings set element properties.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <conversations-provider [baseUrl]="baseUrl" [token]="token">
      <main class="layout">
        <section class="list" aria-label="Conversation list">
          <div class="toolbar">
            <conversations-search for="table"></conversations-search>
            <conversation-filters for="table"></conversation-filters>
          </div>
          <conversations-table id="table" [selectedId]="open()" (conversation-select)="select($event)"></conversations-table>
        </section>
        @if (open(); as id) {
          <aside class="detail" aria-label="Conversation details">
            <insights-panel [conversationId]="id" (panel-close)="open.set(undefined)"></insights-panel>
          </aside>
        }
      </main>
    </conversations-provider>
  `,
})
export class AppComponent {
  readonly baseUrl = params.get('api') ?? 'http://localhost:8787';
  readonly token = params.get('token') ?? 'supervisor-token';
  readonly open = signal<string | undefined>(undefined);

  select(event: Event): void {
    this.open.set((event as ConversationSelectEvent).detail.id);
  }
}

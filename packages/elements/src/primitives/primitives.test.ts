import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html } from 'lit';
import { DialogController, renderDialogHeader } from './dialog.js';
import { renderTabs } from './tabs.js';
import { readPalette } from './theme.js';
import { popupStyles } from './popup.styles.js';

class PrimitivesHost extends LitElement {
  static override styles = popupStyles;
  tab: 'a' | 'b' | 'c' = 'a';
  readonly dialog = new DialogController(this, 'dialog');
  protected override render() {
    return html`${renderTabs({
        tabs: [
          { id: 'a', label: 'Alpha' },
          { id: 'b', label: 'Beta' },
          { id: 'c', label: 'Gamma' },
        ],
        selected: this.tab,
        label: 'Letters',
        onSelect: (tab) => {
          this.tab = tab;
          this.requestUpdate();
        },
        host: this,
      })}
      ${(['a', 'b', 'c'] as const).map((id) => html`<div role="tabpanel" id="panel-${id}" aria-labelledby="tab-${id}" ?hidden=${id !== this.tab}>Panel ${id}</div>`)}
      <button id="opener" @click=${(e: Event) => void this.dialog.open(e.currentTarget as HTMLElement)}>Open</button>
      <dialog aria-labelledby="t" @close=${this.dialog.onClose}>
        ${renderDialogHeader({ id: 't', title: 'Title', closeLabel: 'Close', onClose: () => this.dialog.close() })}
      </dialog>`;
  }
}
customElements.define('ck-primitives-host', PrimitivesHost);

describe('primitives', () => {
  it('tabs: arrows, Home and End select and focus (roving tabindex)', async () => {
    const el = await fixture<PrimitivesHost>(testHtml`<ck-primitives-host></ck-primitives-host>`);
    const tabs = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs().map((t) => t.tabIndex)).to.deep.equal([0, -1, -1]);
    tabs()[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.tab).to.equal('b');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.tab).to.equal('c');
    expect(el.shadowRoot!.activeElement!.id).to.equal('tab-c');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.tab, 'wraps around').to.equal('a');
    expect(tabs()[0]!.getAttribute('aria-selected')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('dialog: opens modal and gives focus back to its opener on close', async () => {
    const el = await fixture<PrimitivesHost>(testHtml`<ck-primitives-host></ck-primitives-host>`);
    const opener = el.shadowRoot!.querySelector<HTMLButtonElement>('#opener')!;
    opener.focus();
    opener.click();
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect(el.dialog.isOpen).to.be.true;
    expect(el.shadowRoot!.querySelector('dialog')!.matches(':modal')).to.be.true;
    el.shadowRoot!.querySelector<HTMLButtonElement>('dialog [aria-label="Close"]')!.click();
    await new Promise((r) => requestAnimationFrame(r));
    expect(el.dialog.isOpen).to.be.false;
    expect(el.shadowRoot!.activeElement).to.equal(opener);
  });

  it('readPalette: the first token with a value, else the fallback', async () => {
    const el = await fixture<HTMLDivElement>(testHtml`<div style="--a: ; --b: rgb(1, 2, 3)"></div>`);
    expect(readPalette(el, { one: '--a, --b | red', two: '--missing | blue' })).to.deep.equal({ one: 'rgb(1, 2, 3)', two: 'blue' });
  });
});

// The state-message matrix over a stub client: every state of the spec, including the ones the
// seeded data rarely holds (a call in progress, media being generated). Main flows against the real
// server are in recording-player.test.ts.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { RecordingState } from '@conversations-kit/sdk';
import { until } from '../test-support/backend.js';
import './recording-player.define.js';
import type { RecordingPlayer } from './recording-player.js';
import type { RecordingStateChangeEvent } from './events.js';
import { stubClient, type StubOptions } from './testing/stub-client.js';

/** The spec's list of recording status messages, copied here independently of the catalogue. */
const SPEC: Record<string, string> = {
  failed: 'Media generation failed due to a technical issue. Please contact your administrator.',
  media_unavailable: 'No audio recording found on the server. Please contact your administrator.',
  call_in_progress: 'Media unavailable while the call is in progress. Please recheck once the call has ended.',
  media_in_progress: 'Media generation is in progress. Please wait for a few minutes.',
  partial_download_failed: 'Unable to fetch the recording. Please click the button below to retry.',
  partial_upload_failed: 'Unable to fetch the recording. Please click the button below to retry.',
  partial_failed: 'Unable to fetch the recording. Please click the button below to retry.',
  fetching_in_progress: 'Generating your call recording... This may take a few minutes. Please wait.',
  initial_fetch_failed: 'We couldn’t load the call recording. Please try again.',
  retry_failed: 'Still unable to fetch the recording. Please try again after 15 minutes.',
  '24hr_retry_failed': 'We couldn’t generate the call recording due to a technical issue. Please contact your administrator for assistance.',
  retention_deleted: 'Recording not available. It may have been deleted as per your data retention policy.',
};
const WITH_RETRY = ['partial_download_failed', 'partial_upload_failed', 'partial_failed', 'initial_fetch_failed', 'retry_failed'];

const shadow = (el: RecordingPlayer) => el.shadowRoot!;
const panel = (el: RecordingPlayer) => shadow(el).querySelector<HTMLElement>('.recording-state');
const message = (el: RecordingPlayer) => panel(el)?.querySelector('.state-message')?.textContent?.trim();
const retryButton = (el: RecordingPlayer) => panel(el)?.querySelector<HTMLButtonElement>('button.retry') ?? null;

async function mount(options: StubOptions) {
  const stub = stubClient(options);
  const el = await fixture<RecordingPlayer>(html`<recording-player conversation-id="conv_stub" .client=${stub.client}></recording-player>`);
  return { el, ...stub };
}

describe('<recording-player> states', () => {
  for (const [state, text] of Object.entries(SPEC)) {
    it(`${state}: shows the spec's exact message${WITH_RETRY.includes(state) ? ' and Retry' : ''}`, async () => {
      const stub = stubClient({ states: [state as RecordingState] });
      const el = document.createElement('recording-player');
      el.client = stub.client;
      el.conversationId = 'conv_stub';
      const changed = oneEvent(el, 'recording-state-change') as Promise<RecordingStateChangeEvent>;
      document.body.append(el);
      try {
        expect((await changed).detail.state).to.equal(state);
        await until(() => message(el), 'the message');
        expect(message(el)).to.equal(text);
        expect(Boolean(retryButton(el)), 'Retry').to.equal(WITH_RETRY.includes(state));
        // No player controls for a recording that cannot play.
        expect(shadow(el).querySelector('.controls')).to.equal(null);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  }

  it('recording_disabled: says recording is off, with the "No Recording Available" title', async () => {
    const { el } = await mount({ states: ['recording_disabled'] });
    await until(() => message(el), 'the message');
    expect(panel(el)!.querySelector('.state-title')!.textContent!.trim()).to.equal('No Recording Available');
    expect(message(el)).to.equal('Call recording is disabled for this conversation, so no recording is available.');
    expect(retryButton(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it("shows the backend's own message for a state when it sends one (as text), the spec's text when it sends none", async () => {
    const own = 'Die Aufnahme wird erstellt <b>bitte warten</b>';
    const { el } = await mount({ states: [{ state: 'media_in_progress', message: own }] });
    await until(() => message(el), 'the message');
    expect(message(el)).to.equal(own);
    expect(panel(el)!.querySelector('b')).to.equal(null); // rendered as text, never HTML
    expect(panel(el)!.querySelector('[role="progressbar"]')!.getAttribute('aria-label')).to.equal(own);
    el.remove();

    const disabled = await mount({ states: [{ state: 'recording_disabled', enabled: false, message: 'Recording is switched off for this queue.' }] });
    await until(() => message(disabled.el), 'the message');
    expect(message(disabled.el)).to.equal('Recording is switched off for this queue.');
    expect(panel(disabled.el)!.querySelector('.state-title')!.textContent!.trim()).to.equal('No Recording Available');
    disabled.el.remove();

    // enabled: false with another state: the message describes that state, so the spec's recording_disabled text shows.
    const off = await mount({ states: [{ state: 'failed', enabled: false, message: 'Media generation failed due to a technical issue.' }] });
    await until(() => message(off.el), 'the message');
    expect(message(off.el)).to.equal('Call recording is disabled for this conversation, so no recording is available.');
  });

  it("lets a host's own wording win over the backend's message", async () => {
    const stub = stubClient({ states: [{ state: 'retry_failed', message: 'Backend text' }] });
    const el = await fixture<RecordingPlayer>(html`<recording-player
      conversation-id="conv_stub"
      .client=${stub.client}
      .messages=${{ recordingState_retry_failed: 'Host text' }}
    ></recording-player>`);
    await until(() => message(el), 'the message');
    expect(message(el)).to.equal('Host text');
  });

  it('shows generating states with a labelled progress bar and re-checks on its own until available', async () => {
    const soon = () => new Date(Date.now() + 200).toISOString();
    const { el, calls } = await mount({ states: [{ state: 'media_in_progress', nextAutomaticAttemptAt: soon() }, 'available'] });
    await until(() => message(el) === SPEC.media_in_progress, 'generating message');
    expect(panel(el)!.querySelector('[role="progressbar"]')!.getAttribute('aria-label')).to.equal(SPEC.media_in_progress);
    expect(calls.state).to.equal(1);
    const changed = (await oneEvent(el, 'recording-state-change')) as RecordingStateChangeEvent;
    expect(changed.detail.state).to.equal('available');
    expect(calls.state).to.equal(2);
    await until(() => shadow(el).querySelector('.controls'), 'the player');
  });

  it('Retry calls the backend, shows progress, then the new state', async () => {
    const { el, calls } = await mount({ states: ['initial_fetch_failed'], retryState: 'fetching_in_progress' });
    await until(() => retryButton(el), 'Retry');
    const states: string[] = [];
    el.addEventListener('recording-state-change', (e) => states.push(e.detail.state));
    retryButton(el)!.click();
    await el.updateComplete;
    // While the request is out the button says so and is busy.
    expect(retryButton(el)!.getAttribute('aria-busy')).to.equal('true');
    expect(retryButton(el)!.textContent!.trim()).to.equal('Retrying…');
    await until(() => message(el) === SPEC.fetching_in_progress, 'fetching message');
    expect(calls.retry).to.equal(1);
    expect(states).to.deep.equal(['fetching_in_progress']);
  });

  it('keeps Retry visible but inactive, with the reason, when the backend does not allow it yet', async () => {
    const { el, calls } = await mount({ states: [{ state: 'retry_failed', retryAvailable: false }] });
    await until(() => retryButton(el), 'Retry');
    const button = retryButton(el)!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    button.click();
    button.focus();
    await until(() => button.getAttribute('aria-describedby'), 'the tooltip');
    const tip = shadow(el).getElementById(button.getAttribute('aria-describedby')!)!;
    expect(tip.textContent).to.equal('Retry is not available for this recording right now. Please try again later.');
    expect(calls.retry).to.equal(0);
  });

  it('rejects play() when the recording cannot play', async () => {
    const { el } = await mount({ states: ['failed'] });
    const error = await el.play().then(
      () => null,
      (e: DOMException) => e,
    );
    expect(error?.name).to.equal('NotSupportedError');
  });

  it('gates downloads on recordings.download: inactive with the reason on hover', async () => {
    const { el, calls } = await mount({ states: ['available'], permissions: [] });
    await until(() => shadow(el).querySelector('.download-button'), 'controls');
    const button = shadow(el).querySelector<HTMLButtonElement>('.download-button')!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    button.click();
    expect(shadow(el).querySelector('[role="menu"]')!.matches(':popover-open')).to.be.false;
    button.dispatchEvent(new MouseEvent('mouseenter'));
    await until(() => button.getAttribute('aria-describedby'), 'the tooltip');
    expect(shadow(el).getElementById(button.getAttribute('aria-describedby')!)!.textContent).to.equal(
      'You do not have permission to perform this action. Contact your administrator.',
    );
    expect(calls.download).to.equal(0);
  });
});

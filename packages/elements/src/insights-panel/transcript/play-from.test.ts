import { expect } from '@open-wc/testing';
import { findConversation, inTranscript, loadedTranscript, mount, testClient, until } from '../test-support/harness.js';
import { longTranscript, withTranscript } from '../test-support/fixtures.js';
import type { KitClient } from '../../context/contexts.js';

/** A stand-in for `<recording-player>` that records what the transcript asks of it. */
class PlayFromPlayer extends HTMLElement {
  calls: string[] = [];
  seek(seconds: number) {
    this.calls.push(`seek ${seconds}`);
  }
  play() {
    this.calls.push('play');
  }
  pause() {
    this.calls.push('pause');
  }
  state(state: string) {
    this.dispatchEvent(new CustomEvent('recording-state-change', { detail: { state }, bubbles: true, composed: true }));
  }
}
if (!customElements.get('play-from-player')) customElements.define('play-from-player', PlayFromPlayer);

async function mountWithPlayer(client: KitClient, id: string) {
  const panel = await mount(client, id, 'transcript', 500);
  const player = document.createElement('play-from-player') as PlayFromPlayer;
  player.slot = 'recording';
  panel.append(player);
  await loadedTranscript(panel);
  await until(() => inTranscript(panel, 'button.offset').length > 0, 'turn offsets');
  return { panel, player };
}

describe('"Play from m:ss" on a transcript turn', () => {
  let id: string;
  before(async () => {
    id = await findConversation({ channel: ['voice'], status: ['completed'] });
  });

  it('seeks the recording to the turn and plays it', async () => {
    const { panel, player } = await mountWithPlayer(withTranscript(testClient(), longTranscript(id, 20)), id);
    player.state('available');
    const offset = inTranscript<HTMLButtonElement>(panel, '.turn[data-index="3"] button.offset')[0]!;
    expect(offset.getAttribute('aria-label')).to.equal('Play from 0:16');
    offset.click();
    expect(player.calls).to.deep.equal(['seek 16', 'play']);
  });

  it('is disabled, with the reason, when the call has no playable recording', async () => {
    const { panel, player } = await mountWithPlayer(withTranscript(testClient(), longTranscript(id, 20)), id);
    player.state('media_unavailable');
    await until(() => inTranscript(panel, 'button.offset[aria-disabled="true"]').length > 0, 'disabled offsets');
    const offset = inTranscript<HTMLButtonElement>(panel, '.turn[data-index="3"] button.offset')[0]!;
    expect(offset.getAttribute('aria-disabled')).to.equal('true');
    expect(offset.getAttribute('aria-label')).to.equal('Play from 0:16: unavailable, this call has no playable recording');
    offset.click();
    expect(player.calls).to.deep.equal([]);
    // The recording becomes available (a retry succeeded): the offsets play again.
    player.state('available');
    await until(() => inTranscript(panel, 'button.offset[aria-disabled="true"]').length === 0, 'enabled offsets');
    inTranscript<HTMLButtonElement>(panel, '.turn[data-index="3"] button.offset')[0]!.click();
    expect(player.calls).to.deep.equal(['seek 16', 'play']);
  });
});

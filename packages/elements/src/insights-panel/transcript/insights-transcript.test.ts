import { expect } from '@open-wc/testing';
import type { LiveSubscribeOptions, TranscriptItem } from '@conversations-kit/sdk';
import {
  $, findConversation, findWithItem, inTranscript, key, loadedTranscript, mount, testClient, textOf, transcriptOf, turns, until,
} from '../test-support/harness.js';
import { hostileTranscript, longTranscript, message, withConversation, withTranscript } from '../test-support/fixtures.js';
import type { InsightsPanel } from '../insights-panel.js';
import type { KitClient } from '../../context/contexts.js';

const scroller = (panel: InsightsPanel) => inTranscript(panel, '.scroller')[0]!;
const searchBox = (panel: InsightsPanel) => inTranscript<HTMLInputElement>(panel, 'input[type="search"]')[0]!;
const countText = (panel: InsightsPanel) => inTranscript(panel, '.count')[0]!.textContent!.trim();
const turnText = (panel: InsightsPanel, index: number) => inTranscript(panel, `.turn[data-index="${index}"]`)[0]?.textContent ?? '';

function search(panel: InsightsPanel, query: string): void {
  const input = searchBox(panel);
  input.focus();
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Fully inside the scroller's visible box. */
function inView(panel: InsightsPanel, el: Element | undefined | null): boolean {
  if (!el) return false;
  const box = el.getBoundingClientRect();
  const view = scroller(panel).getBoundingClientRect();
  return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
}

/** A stand-in for `<recording-player>` that follows its contract: seek/play/pause/markTime and `time-update`. */
class FakePlayer extends HTMLElement {
  seeks: number[] = [];
  marks: (number | null)[] = [];
  seek(seconds: number) {
    this.seeks.push(seconds);
  }
  play() {}
  pause() {}
  markTime(seconds: number | null) {
    this.marks.push(seconds);
  }
  tick(currentTime: number, playing = true) {
    this.dispatchEvent(Object.assign(new Event('time-update', { bubbles: true, composed: true }), { currentTime, playing }));
  }
}
if (!customElements.get('fake-recording-player')) customElements.define('fake-recording-player', FakePlayer);

async function mountWithPlayer(client: KitClient, id: string, height = 600) {
  const panel = await mount(client, id, 'transcript', height);
  const player = document.createElement('fake-recording-player') as FakePlayer;
  player.slot = 'recording';
  panel.append(player);
  await loadedTranscript(panel);
  await until(() => inTranscript(panel, 'button.offset').length > 0, 'seekable offsets');
  return { panel, player };
}

/** A client whose live stream the test drives. */
function liveClient(client: KitClient) {
  const subscribers: LiveSubscribeOptions[] = [];
  const wrapped = {
    ...client,
    live: {
      subscribe: (options: LiveSubscribeOptions) => {
        subscribers.push(options);
        return {
          close() {
            subscribers.splice(subscribers.indexOf(options), 1);
          },
          lastEventId: null,
          done: new Promise<void>(() => {}),
        };
      },
      stream: client.live.stream.bind(client.live),
    },
  } as unknown as KitClient;
  return { client: wrapped, subscribers };
}

describe('<insights-panel> transcript', () => {
  it('shows customer and agent turns with speaker, time and per-turn latency (ASR, Bot, TTS, End-to-End)', async () => {
    const { id } = await findWithItem('latency', (i) => i.kind === 'message' && i.latency !== null, { channel: ['voice'], status: ['completed'] });
    const panel = await mount(testClient(), id);
    await loadedTranscript(panel);
    const first = turns(panel).find((t) => t.classList.contains('speaker-ai_agent') && t.querySelector('.latency'))!;
    expect(first.querySelector('.speaker')!.textContent).to.equal('AI Agent');
    expect(first.querySelector('time')!.textContent).to.match(/\d{1,2}:\d{2}/);
    const metrics = [...first.querySelectorAll('.metric')].map((m) => m.textContent!.replace(/\s+/g, ' ').trim());
    expect(metrics.map((m) => m.split(' ')[0])).to.deep.equal(['ASR', 'Bot', 'TTS', 'End-to-End']);
    expect(metrics.every((m) => /\d+(\.\d)? (ms|s)$/.test(m))).to.be.true;
    expect(turns(panel).some((t) => t.querySelector('.speaker')?.textContent === 'Customer')).to.be.true;

    // The definitions from the spec, in a tooltip the keyboard reaches.
    const help = first.querySelector<HTMLButtonElement>('.latency-help')!;
    help.focus();
    const tip = transcriptOf(panel).shadowRoot!.getElementById(help.getAttribute('aria-describedby')!)!;
    expect(tip.textContent).to.include('ASR Latency: The time between when the user stops speaking and when the ASR provider returns the complete transcription.');
    expect(tip.textContent).to.include('End-to-End Latency: The total time between when the user stops speaking and when the first audio byte plays back to the user.');
  });

  it('marks supervisor whispers as such', async () => {
    const { id, item } = await findWithItem('whisper', (i) => i.kind === 'whisper');
    const panel = await mount(testClient(), id, 'transcript', 2400);
    await loadedTranscript(panel);
    await until(() => inTranscript(panel, '.kind-whisper').length > 0, 'whisper rendered');
    const whisper = inTranscript(panel, '.kind-whisper')[0]!;
    expect(whisper.textContent).to.include('Supervisor whisper');
    expect(whisper.textContent).to.include((item as { text: string }).text);
  });

  for (const [stage, label] of [['to_agent', 'User transferred to Agent'], ['to_automation', 'User transferred to Automation']] as const) {
    it(`shows the transfer stage "${label}"`, async () => {
      const { id } = await findWithItem(`transfer-${stage}`, (i) => i.kind === 'transfer' && i.stage === stage);
      const panel = await mount(testClient(), id, 'transcript', 2400);
      await loadedTranscript(panel);
      await until(() => inTranscript(panel, '.kind-transfer').some((t) => t.textContent!.includes(label)), label);
    });
  }

  it('shows "Max no-input attempts reached"', async () => {
    const { id } = await findWithItem('max-no-input', (i) => i.kind === 'no_input' && i.maxReached, { channel: ['voice'] });
    const panel = await mount(testClient(), id, 'transcript', 2400);
    await loadedTranscript(panel);
    await until(() => inTranscript(panel, '.kind-no_input').some((t) => t.textContent!.includes('Max no-input attempts reached')), 'max no-input');
  });

  it('shows hold periods and says customer speech during them is not shown', async () => {
    const { id } = await findWithItem('hold', (i) => i.kind === 'hold', { channel: ['voice'] });
    const panel = await mount(testClient(), id, 'transcript', 2400);
    await loadedTranscript(panel);
    await until(() => inTranscript(panel, '.kind-hold').length > 0, 'hold');
    const hold = inTranscript(panel, '.kind-hold')[0]!.textContent!;
    expect(hold).to.match(/placed the call on hold · \d/);
    expect(hold).to.include('Customer speech during the hold is not shown.');
  });

  it('shows PII-redacted spans as redactions with a spoken label, never the raw value', async () => {
    const { id, item } = await findWithItem('redaction', (i) => i.kind === 'message' && i.redactions.length > 0);
    const panel = await mount(testClient(), id, 'transcript', 2400);
    await loadedTranscript(panel);
    await until(() => inTranscript(panel, '.redaction').length > 0, 'redaction');
    const redaction = inTranscript(panel, '.redaction')[0]!;
    const entity = (item as { redactions: { entity: string }[] }).redactions[0]!.entity.replace(/_/g, ' ');
    expect(redaction.querySelector('.visually-hidden')!.textContent).to.equal(`redacted ${entity}`);
    expect(redaction.querySelector('[aria-hidden="true"]')!.textContent).to.match(/^█+$/);
  });

  it('shows an LLM error with the real-time API’s error', async () => {
    const { id, item } = await findWithItem('llm-error', (i) => i.kind === 'llm_error');
    const panel = await mount(testClient(), id, 'transcript', 2400);
    await loadedTranscript(panel);
    await until(() => inTranscript(panel, '.kind-llm_error').length > 0, 'llm error');
    const error = inTranscript(panel, '.kind-llm_error')[0]!;
    const llm = item as { message: string; eventPayload: string };
    expect(error.textContent).to.include('LLM Error Detected');
    expect(error.textContent).to.include(llm.message);
    expect(error.querySelector('pre')!.textContent).to.equal(llm.eventPayload);
  });

  it('shows an email thread with the Subject first and a View Details pop-up (From, To, CC, BCC) that returns focus', async () => {
    const id = await findConversation({ channel: ['email'], status: ['completed'] });
    const transcript = await testClient().transcripts.get(id);
    const panel = await mount(testClient(), id);
    await loadedTranscript(panel);
    const subject = inTranscript(panel, '.subject')[0]!;
    expect(subject.textContent).to.include('Subject').and.include(transcript.subject!);
    expect(subject.compareDocumentPosition(scroller(panel)) & Node.DOCUMENT_POSITION_FOLLOWING, 'the Subject comes first').to.be.greaterThan(0);

    const button = inTranscript<HTMLButtonElement>(panel, '.kind-email button')[0]!;
    expect(button.textContent!.trim()).to.equal('View Details');
    button.focus();
    button.click();
    const dialog = await (async () => {
      await until(() => inTranscript<HTMLDialogElement>(panel, 'dialog.email-details')[0]?.open, 'details dialog');
      return inTranscript<HTMLDialogElement>(panel, 'dialog.email-details')[0]!;
    })();
    const email = transcript.items[0] as Extract<TranscriptItem, { kind: 'email' }>;
    const labels = [...dialog.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(labels).to.include.members(['From', 'To', 'CC', 'BCC']);
    expect(dialog.textContent).to.include(email.from!);
    expect(dialog.textContent).to.include(email.to[0]!);
    await expect(panel).to.be.accessible();
    key(dialog, 'Escape');
    dialog.close();
    await until(() => transcriptOf(panel).shadowRoot!.activeElement === button, 'focus back on View Details');
  });

  it('searches the conversation: "1 of N", highlights every match, Enter / Shift+Enter move, the current match is in view', async () => {
    const id = await findConversation({ channel: ['chat'], status: ['completed'] });
    const items = (await testClient().transcripts.get(id)).items;
    // What a reader sees and search looks through: spoken and written text, transfer labels, LLM errors.
    const shown = (i: TranscriptItem) =>
      i.kind === 'message' || i.kind === 'whisper' ? [i.text] : i.kind === 'transfer' ? [i.label] : i.kind === 'llm_error' ? [i.message, i.eventPayload] : [];
    // The most frequent longer word of this conversation (whatever its language).
    const words = new Map<string, number>();
    for (const w of items.flatMap(shown).join(' ').toLowerCase().match(/\p{L}{5,}/gu) ?? []) words.set(w, (words.get(w) ?? 0) + 1);
    const word = [...words].sort((a, b) => b[1] - a[1])[0]![0];
    const occurrences = (text: string) => text.toLowerCase().split(word).length - 1;
    const expected = items.flatMap(shown).reduce((n, text) => n + occurrences(text), 0);
    expect(expected).to.be.greaterThan(2);
    const panel = await mount(testClient(), id, 'transcript', 3000);
    await loadedTranscript(panel);
    search(panel, word.toUpperCase());
    await until(() => countText(panel) === `1 of ${expected}`, `1 of ${expected}`);
    await until(() => inTranscript(panel, 'mark.hit').length === expected, 'every match highlighted');
    expect(inTranscript(panel, 'mark.current')).to.have.length(1);
    key(searchBox(panel), 'Enter');
    await until(() => countText(panel) === `2 of ${expected}`, 'Enter → next');
    expect(inTranscript(panel, 'mark.hit')[1]!.classList.contains('current')).to.be.true;
    key(searchBox(panel), 'Enter', { shiftKey: true });
    key(searchBox(panel), 'Enter', { shiftKey: true });
    await until(() => countText(panel) === `${expected} of ${expected}`, 'Shift+Enter wraps to the last');
    expect(inTranscript(panel, 'mark.hit')[expected - 1]!.classList.contains('current')).to.be.true;
    search(panel, 'zzzz-not-said');
    await until(() => countText(panel) === 'No matches', 'no matches');
    expect(inTranscript(panel, 'mark.hit')).to.have.length(0);
  });

  it('scrolls the current match into view in a 5,000-turn transcript, and renders only what is visible', async () => {
    const id = await findConversation({ channel: ['voice'], status: ['completed'] });
    const panel = await mount(withTranscript(testClient(), longTranscript(id, 5000)), id, 'transcript', 600);
    await until(() => transcriptOf(panel)?.transcriptItems.length === 5000, 'all pages');
    await loadedTranscript(panel);
    expect(turns(panel).length).to.be.lessThan(120);
    expect(turns(panel)[0]!.getAttribute('aria-setsize')).to.equal('5000');
    search(panel, 'Turn 4321:');
    await until(() => countText(panel) === '1 of 1', '1 of 1');
    await until(() => inView(panel, inTranscript(panel, 'mark.current')[0]), 'match scrolled into view');
    expect(turnText(panel, 4320)).to.include('Turn 4321:');
    // Like a browser's find, a new search starts where the reader is (turn 4321): at "Turn 4900".
    search(panel, 'Turn 49');
    await until(() => countText(panel) === '12 of 111', 'Turn 49, 490–499, 4900–4999: the 12th');
    await until(() => inView(panel, inTranscript(panel, 'mark.current')[0]), 'Turn 4900 in view');
    expect(inTranscript(panel, 'mark.current')[0]!.closest('.turn')!.textContent).to.include('Turn 4900:');
    key(searchBox(panel), 'Enter', { shiftKey: true });
    await until(() => countText(panel) === '11 of 111', 'previous');
    await until(() => inView(panel, inTranscript(panel, 'mark.current')[0]), 'Turn 499 in view');
    expect(inTranscript(panel, 'mark.current')[0]!.closest('.turn')!.textContent).to.include('Turn 499:');
  });

  it('loads a 10 MB transcript page by page and keeps the page responsive (bounded DOM, search works)', async () => {
    const id = await findConversation({ channel: ['chat'], status: ['completed'] });
    const items = longTranscript(id, 2000, 640);
    const size = items.reduce((n, i) => n + (i.kind === 'message' ? i.text.length : 0), 0);
    expect(size).to.be.greaterThan(10_000_000);
    const panel = await mount(withTranscript(testClient(), items), id, 'transcript', 600);
    await until(() => transcriptOf(panel)?.transcriptItems.length === 2000, 'all 2,000 turns', 20_000);
    await loadedTranscript(panel);
    expect(turns(panel).length).to.be.lessThan(20);
    search(panel, 'Turn 1999:');
    await until(() => countText(panel) === '1 of 1', 'found in 10 MB');
    await until(() => inView(panel, inTranscript(panel, 'mark.current')[0]), 'match in view');
  });

  it('renders hostile backend text as text: markup, very long words, RTL and emoji wrap and never run', async () => {
    const id = await findConversation({ channel: ['chat'], status: ['completed'] });
    const panel = await mount(withTranscript(testClient(), hostileTranscript(id), '<b>Re:</b> your invoice'), id, 'transcript', 3000);
    await until(() => turns(panel).length === 7, 'seven turns');
    const root = transcriptOf(panel).shadowRoot!;
    expect(root.querySelectorAll('.scroller img, .scroller script, .scroller b, .scroller i')).to.have.length(0);
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    expect(turnText(panel, 0)).to.include('<img src=x onerror="window.__pwned = true"><b>not bold</b>');
    expect(root.querySelector('.subject')!.textContent).to.include('<b>Re:</b> your invoice');
    const s = scroller(panel);
    expect(s.scrollWidth, 'no sideways scrolling from a 400-letter word').to.be.at.most(s.clientWidth);
    const arabic = inTranscript(panel, '.turn[data-index="2"] .text')[0]!;
    expect(arabic.getAttribute('dir')).to.equal('auto');
    expect(getComputedStyle(arabic).direction).to.equal('rtl');
    expect(turnText(panel, 3)).to.include('👩‍👩‍👧‍👦 🏳️‍🌈');
    expect(inTranscript(panel, '.kind-email .text')[0]!.textContent).to.include('<script>window.__pwned = true</script>');
    await expect(panel).to.be.accessible();
  });

  it('grows live for an in-progress conversation: follows at the end, keeps the reader’s place further up', async () => {
    const id = await findConversation({ channel: ['chat'], status: ['in_progress'] });
    const live = liveClient(withTranscript(testClient(), longTranscript(id, 60)));
    const panel = await mount(live.client, id, 'transcript', 420);
    await until(() => live.subscribers.length === 1, 'subscribed to live updates');
    await until(() => transcriptOf(panel).transcriptItems.length === 60, 'loaded');
    await loadedTranscript(panel);
    expect(inTranscript(panel, '.live')[0]!.textContent).to.include('Live');
    const conversation = await testClient().conversations.get(id);
    const push = (seq: number) =>
      live.subscribers[0]!.onEvent({ id: String(seq), type: 'transcript.appended', data: { type: 'transcript.appended', conversation, item: message(id, seq, 'customer', `Live turn ${seq}`) } });

    // The reader is further up: the new turn does not move them, a button offers to jump.
    const s = scroller(panel);
    s.scrollTop = 300;
    await until(() => s.scrollTop === 300, 'scrolled up');
    push(61);
    await until(() => inTranscript(panel, 'button.jump').length === 1, 'new-turns button');
    expect(s.scrollTop).to.equal(300);
    expect(inTranscript(panel, 'button.jump')[0]!.textContent).to.include('1 new turn');
    inTranscript<HTMLButtonElement>(panel, 'button.jump')[0]!.click();
    await until(() => inView(panel, inTranscript(panel, '.turn[data-index="60"]')[0]), 'jumped to the latest turn');

    // At the end, new turns stay in view.
    push(62);
    await until(() => inView(panel, inTranscript(panel, '.turn[data-index="61"]')[0]), 'follows the live end');
    expect(turnText(panel, 61)).to.include('Live turn 62');
    expect(inTranscript(panel, 'button.jump')).to.have.length(0);
    push(62); // delivered twice (reconnect): shown once
    await transcriptOf(panel).updateComplete;
    expect(transcriptOf(panel).transcriptItems.length).to.equal(62);
  });

  it('follows a completed conversation through one live subscription (others’ changes), without the Live badge', async () => {
    const id = await findConversation({ channel: ['chat'], status: ['completed'] });
    const live = liveClient(testClient());
    const panel = await mount(live.client, id);
    await loadedTranscript(panel);
    await until(() => live.subscribers.length === 1, 'one subscription');
    expect(inTranscript(panel, '.live')).to.have.length(0);
    panel.remove();
    await until(() => live.subscribers.length === 0, 'closed when the panel goes');
  });

  it('highlights the turn being played, keeps it in view, and seeks when a turn’s time is clicked', async () => {
    const id = await findConversation({ channel: ['voice'], status: ['completed'] });
    const { panel, player } = await mountWithPlayer(withTranscript(testClient(), longTranscript(id, 300)), id, 500);
    // Turn n starts at 4n s and lasts 3.5 s.
    player.tick(150 * 4 + 1);
    await until(() => inTranscript(panel, '.turn.playing').length === 1, 'playing turn');
    const playing = inTranscript(panel, '.turn.playing')[0]!;
    expect(playing.dataset.index).to.equal('149');
    expect(playing.getAttribute('aria-current')).to.equal('true');
    await until(() => inView(panel, inTranscript(panel, '.turn.playing')[0]), 'playing turn kept in view');

    const offset = inTranscript<HTMLButtonElement>(panel, '.turn.playing button.offset')[0]!;
    expect(offset.getAttribute('aria-label')).to.equal('Play from 10:00');
    offset.click();
    expect(player.seeks).to.deep.equal([600]);

    // The reader scrolls away (once the scroll to the playing turn has settled): playback goes on without pulling them back.
    for (let frame = 0; frame < 4; frame++) await new Promise((r) => requestAnimationFrame(r));
    const s = scroller(panel);
    s.dispatchEvent(new WheelEvent('wheel', { deltaY: -500, bubbles: true }));
    s.scrollTop = 0;
    await until(() => s.scrollTop === 0 && inTranscript(panel, '.turn[data-index="0"]').length === 1, 'back at the top');
    player.tick(200 * 4 + 1);
    await until(() => transcriptOf(panel).shadowRoot!.querySelector('.turn.playing') === null, 'playing turn not rendered up here');
    expect(s.scrollTop).to.equal(0);
    // Between turns nothing is highlighted.
    player.tick(2 * 4 + 3.8);
    await until(() => inTranscript(panel, '.turn.playing').length === 0, 'gap between turns');
  });

  it('renders <recording-player> above a voice transcript when the tag is registered, with the panel’s client and the transcript’s regions', async () => {
    await import('../../recording-player/recording-player.define.js');
    const { id } = await findWithItem('latency-marks', (i) => i.kind === 'message' && !!i.latency?.marks, { channel: ['voice'], status: ['completed'] });
    const client = testClient();
    const panel = await mount(client, id);
    await loadedTranscript(panel);
    const player = await (async () => {
      await until(() => transcriptOf(panel).player, 'player in the recording slot');
      return transcriptOf(panel).player!;
    })();
    expect(player.tagName.toLowerCase()).to.equal('recording-player');
    expect(player.getAttribute('conversation-id')).to.equal(id);
    expect((player as unknown as { client: unknown }).client).to.equal(client);
    // Holds and the ASR/Bot/TTS stages of each AI turn are drawn over the waveform.
    const regions = () => (player as unknown as { regions: { kind: string }[] }).regions;
    await until(() => regions().some((r) => r.kind === 'latency'), 'latency regions on the player');
  });

  it('shows the spec’s "No Recording Available" message when call recording is disabled', async () => {
    const id = await findConversation({ channel: ['voice'], status: ['completed'] });
    const client = withConversation(testClient(), (c) => ({ ...c, recording: { state: 'recording_disabled', enabled: false } }));
    const panel = await mount(client, id);
    await loadedTranscript(panel);
    await until(() => inTranscript(panel, '.recording.disabled').length === 1, 'disabled message');
    const message = inTranscript(panel, '.recording.disabled')[0]!;
    expect(message.textContent).to.include('No Recording Available');
    expect(message.textContent).to.include('Call Recording Control is disabled');
    expect(transcriptOf(panel).player).to.equal(undefined);
  });

  it('keeps other tabs working when the transcript fails, and its Retry loads it', async () => {
    const id = await findConversation({ channel: ['chat'], status: ['completed'] });
    const real = testClient();
    let fail = true;
    const client = {
      ...real,
      transcripts: Object.assign(Object.create(Object.getPrototypeOf(real.transcripts)), real.transcripts, {
        page: (...args: Parameters<typeof real.transcripts.page>) =>
          fail ? Promise.reject(Object.assign(new Error('offline'), { name: 'NetworkError' })) : real.transcripts.page(...args),
      }),
    } as KitClient;
    const panel = await mount(client, id);
    await until(() => inTranscript(panel, '[part~="retry-button"]').length === 1, 'transcript Retry');
    expect(textOf(transcriptOf(panel))).to.include('We could not reach the server');
    panel.selectTab('details');
    await until(() => $(panel, '#panel-details dl.fields'), 'details still load');
    panel.selectTab('transcript');
    fail = false;
    inTranscript<HTMLButtonElement>(panel, '[part~="retry-button"]')[0]!.click();
    await loadedTranscript(panel);
  });
});

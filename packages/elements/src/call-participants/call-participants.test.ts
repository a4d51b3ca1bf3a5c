import { expect, fixture, html } from '@open-wc/testing';
import type { Participant } from '@conversations-kit/sdk';
import { testClient, until } from '../test-support/backend.js';
import { findConversation } from '../conversation-diagnostics/test-calls.js';
import './call-participants.define.js';
import type { CallParticipants } from './call-participants.js';

const client = testClient('supervisor');
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A cell's value without the column name shown in the narrow card layout. */
const value = (cell: Element) => text(cell).replace(text(cell.querySelector('.cell-label')), '').trim();
const bodyRows = (el: CallParticipants) => [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr')];

async function mount(props: { id?: string; participants?: Participant[]; width?: number }) {
  return fixture<CallParticipants>(html`<call-participants
    style="width: ${props.width ?? 1300}px"
    .client=${client}
    .participants=${props.participants}
    conversation-id=${props.id ?? ''}
  ></call-participants>`);
}

const participantsOf = new Map<string, Promise<Participant[]>>();
const listOf = (id: string) => {
  let list = participantsOf.get(id);
  if (!list) participantsOf.set(id, (list = client.diagnostics.participants(id)));
  return list;
};

describe('<call-participants>', () => {
  it('lists every participant with the spec columns, times, MOS band and exit reason', async function () {
    this.timeout(60_000);
    const call = await findConversation(client, async (c) => c.status === 'completed' && (await listOf(c.id)).length >= 2, 'a completed call with two participants');
    const participants = await listOf(call.id);
    const el = await mount({ id: call.id });
    await until(() => bodyRows(el).length === participants.length, 'participant rows');
    const headers = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => text(th));
    expect(headers).to.deep.equal([
      'Participant Name', 'Call Status', 'Start Timestamp', 'End Timestamp', 'Average MOS', 'Call Exit Reason',
      'Call Exit Description', 'MOS (min, max, average)', 'Jitter (min, max, average)', 'Packets Lost (min, max, average)',
    ]);
    const p = participants[0];
    const cells = bodyRows(el)[0].querySelectorAll('th, td');
    expect(text(cells[0])).to.include(p.name);
    expect(value(cells[1])).to.equal(p.callStatus);
    expect(value(cells[5])).to.equal(p.exitReason ?? '—');
    expect(value(cells[6])).to.equal(p.exitDescription ?? '—');
    expect(value(cells[4])).to.match(p.avgMos === null ? /^—$/ : new RegExp(`^${p.avgMos.toFixed(2)} (Good|Fair|Poor)$`));
    expect(value(cells[7])).to.equal(p.mos.min === null ? '—' : `min ${p.mos.min.toFixed(2)} max ${p.mos.max!.toFixed(2)} avg ${p.mos.avg!.toFixed(2)}`);
    await expect(el).to.be.accessible();
  });

  it('explains MOS, jitter and packet loss with industry thresholds in tooltips', async () => {
    const el = await mount({ participants: [sample()] });
    await until(() => bodyRows(el).length === 1, 'row');
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('thead .info-btn')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'About Average MOS', 'About MOS (min, max, average)', 'About Jitter (min, max, average)', 'About Packets Lost (min, max, average)',
    ]);
    const tipFor = (button: HTMLButtonElement) => {
      button.focus();
      return text(el.shadowRoot!.querySelector('[role="tooltip"]'));
    };
    expect(tipFor(buttons[1])).to.include('4.0 or higher is good');
    expect(tipFor(buttons[2])).to.include('below 20 ms is good');
    expect(tipFor(buttons[3])).to.include('below 1%');
  });

  it('marks external agents, shows NA for participants still in the call and "—" for missing data', async () => {
    const el = await mount({
      participants: [
        sample(),
        { ...sample(), id: 'p2', name: 'Sam Ortiz', externalTag: 'External Agent', callStatus: 'In-Call', endTime: null, exitReason: null, exitDescription: null, avgMos: null, mos: { min: null, avg: null, max: null } },
      ],
    });
    await until(() => bodyRows(el).length === 2, 'rows');
    const [, second] = bodyRows(el);
    expect(text(second.querySelector('.pill.external'))).to.equal('External Agent');
    expect(value(second.querySelectorAll('td')[0])).to.equal('In-Call');
    expect(value(second.querySelectorAll('td')[2])).to.equal('NA');
    expect(value(second.querySelectorAll('td')[3])).to.equal('—');
    expect(value(second.querySelectorAll('td')[6])).to.equal('—');
    expect(el.shadowRoot!.textContent).not.to.include('undefined');
    expect(el.shadowRoot!.textContent).not.to.include('null');
    await expect(el).to.be.accessible();
  });

  it('marks who was on the call at the playback position', async () => {
    const first = sample();
    const second = { ...sample(), id: 'p2', name: 'Sam Ortiz', startTime: '2024-04-15T10:00:20.000Z', endTime: '2024-04-15T10:01:12.000Z' };
    const el = await mount({ participants: [first, second] });
    el.callStart = '2024-04-15T09:59:37.679Z';
    await until(() => bodyRows(el).length === 2, 'rows');
    el.markTime(60);
    await el.updateComplete;
    expect(bodyRows(el).map((r) => r.classList.contains('on-call'))).to.deep.equal([false, true]);
    expect(text(bodyRows(el)[1])).to.include('On the call at the playback position');
    el.markTime(null);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('tr.on-call')).to.have.length(0);
  });

  it('turns into one card per participant in a narrow host', async () => {
    const el = await mount({ participants: [sample()], width: 400 });
    await until(() => bodyRows(el).length === 1, 'row');
    expect(getComputedStyle(el.shadowRoot!.querySelector('thead')!).display).to.equal('none');
    const label = el.shadowRoot!.querySelector('td .cell-label')!;
    expect(getComputedStyle(label).display).not.to.equal('none');
    expect(el.shadowRoot!.querySelector('.table-wrap')!.scrollWidth).to.be.at.most(400);
    await expect(el).to.be.accessible();
  });
});

function sample(): Participant {
  return {
    id: 'p1',
    name: 'AI Agent',
    externalTag: null,
    callStatus: 'Left',
    startTime: '2024-04-15T09:59:37.679Z',
    endTime: '2024-04-15T10:00:17.679Z',
    avgMos: 4.16,
    exitReason: 'Transfer',
    exitDescription: 'Transferred the call to Jane Doe (external).',
    mos: { min: 3.85, avg: 4.16, max: 4.4 },
    jitter: { min: 0.38, avg: 9, max: 21.88 },
    packetsLost: { min: 0, avg: 4.52, max: 11 },
  };
}

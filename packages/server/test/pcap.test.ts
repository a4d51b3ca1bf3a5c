import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '../src/testing.js';
import { get } from './helpers.js';

let server: TestServer;
let dir: string;
before(async () => {
  server = await startTestServer();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ck-pcap-'));
});
after(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('tshark reads the PCAP export and sees the same SIP dialog as the flow endpoint', async () => {
  // tshark must be installed (apt-get install tshark); this test is the proof that the export is a real capture.
  const voice = (await get(server, 'admin', '/v1/conversations?channel=voice&status=completed&limit=5')).body.items;
  for (const c of voice.slice(0, 3)) {
    const flow = (await get(server, 'analyst', `/v1/conversations/${c.id}/diagnostics/flow`)).body;
    const pcap = await get(server, 'analyst', `/v1/conversations/${c.id}/diagnostics/export?format=pcap`);
    assert.equal(pcap.status, 200);
    assert.match(pcap.headers.get('content-disposition')!, /\.pcap"/);
    const file = path.join(dir, `${c.id}.pcap`);
    fs.writeFileSync(file, pcap.bytes);

    const out = execFileSync('tshark', ['-r', file, '-Y', 'sip', '-T', 'fields', '-E', 'separator=|', '-e', 'ip.src', '-e', 'udp.srcport', '-e', 'ip.dst', '-e', 'udp.dstport', '-e', 'sip.Method', '-e', 'sip.Status-Code', '-e', 'sip.Call-ID'], { encoding: 'utf8' });
    const fromPcap = out.trim().split('\n').map((line) => line.split('|'));
    const sip = flow.messages.filter((m: any) => m.kind !== 'rtcp');
    assert.ok(sip.length >= 4, 'at least INVITE, 100, 200, ACK');
    assert.equal(fromPcap.length, sip.length, `${c.id}: tshark saw ${fromPcap.length} SIP packets, the flow has ${sip.length}`);
    sip.forEach((m: any, i: number) => {
      const [src, srcPort, dst, dstPort, method, status, callId] = fromPcap[i];
      assert.deepEqual([src, Number(srcPort), dst, Number(dstPort), callId], [m.srcIp, m.srcPort, m.dstIp, m.dstPort, m.callId], `${c.id} message ${i}`);
      if (m.kind === 'request') assert.equal(method, m.method);
      else assert.equal(Number(status), m.statusCode);
    });
    const frames = execFileSync('tshark', ['-r', file, '-T', 'fields', '-e', 'frame.number'], { encoding: 'utf8' }).trim().split('\n');
    assert.equal(frames.length, flow.messages.length, 'one packet per flow message, RTCP included');

    const text = await get(server, 'analyst', `/v1/conversations/${c.id}/diagnostics/export?format=text`);
    assert.match(text.headers.get('content-type')!, /text\/plain/);
    assert.match(text.text, /INVITE sip:/);
  }
});

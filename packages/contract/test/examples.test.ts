import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Contract, RECORDING_MESSAGES } from '../src/index.ts';

type Json = Record<string, unknown>;
const contract = new Contract();
const doc = contract.doc as Json;

function resolve(node: unknown): Json {
  let current = node as Json;
  while (current && typeof current.$ref === 'string') current = current.$ref.replace(/^#\//, '').split('/').reduce<Json>((n, p) => n[p] as Json, doc);
  return current;
}

/** Every JSON answer of every operation, with its examples. */
function answers(): { op: string; status: string; schema: Json; examples: unknown[] }[] {
  const out: { op: string; status: string; schema: Json; examples: unknown[] }[] = [];
  for (const item of Object.values(doc.paths as Json)) {
    for (const [method, raw] of Object.entries(item as Json)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const op = raw as Json;
      for (const [status, response] of Object.entries(op.responses as Json)) {
        const media = (resolve(response).content as Json | undefined)?.['application/json'] as Json | undefined;
        if (!media) continue;
        const examples = [
          ...(media.example === undefined ? [] : [media.example]),
          ...Object.values((media.examples as Json | undefined) ?? {}).map((e) => resolve(e).value),
        ];
        out.push({ op: op.operationId as string, status, schema: media.schema as Json, examples });
      }
    }
  }
  return out;
}

describe('the contract documents its answers by example', () => {
  it('every operation has an example of its main (2xx) JSON answer', () => {
    const missing = answers().filter((a) => a.status.startsWith('2') && a.examples.length === 0).map((a) => `${a.op} ${a.status}`);
    assert.deepEqual(missing, []);
  });

  it('every example matches the schema of its answer', () => {
    const problems = answers().flatMap((a) => a.examples.flatMap((e) => contract.problems(a.schema, e).map((p) => `${a.op} ${a.status}: ${p}`)));
    assert.deepEqual(problems, []);
  });

  it('an example that breaks its schema is noticed (the validation is real)', () => {
    const list = answers().find((a) => a.op === 'listConversations' && a.status === '200')!;
    const broken = structuredClone(list.examples[0]) as { items: { channel: string }[] };
    broken.items[0]!.channel = 'carrier-pigeon';
    assert.ok(contract.problems(list.schema, broken).length > 0);
  });
});

describe('recording messages', () => {
  it('the contract words every recording state, and the kit\'s copy agrees with it', () => {
    const messages = contract.recordingMessages();
    const states = ((doc.components as Json).schemas as Json).RecordingState as { enum: string[] };
    assert.deepEqual(Object.keys(messages).sort(), [...states.enum].sort());
    for (const [state, text] of Object.entries(RECORDING_MESSAGES)) assert.equal(messages[state], text, state);
    assert.ok(messages.recording_disabled);
  });
});

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;

type Json = Record<string, unknown>;

export interface Operation {
  operationId: string;
  method: string;
  path: string;
  permissions: string[];
  /** `status → schema` of the JSON responses. */
  responses: Record<string, Json | null>;
  parameters: Json[];
}

export const CONTRACT_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../openapi.yaml');

/** The OpenAPI document plus Ajv validators compiled from its schemas (JSON Schema 2020-12). */
export class Contract {
  readonly doc: Json;
  readonly operations = new Map<string, Operation>();
  private readonly ajv: Ajv2020;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(path = CONTRACT_PATH) {
    this.doc = parse(readFileSync(path, 'utf8')) as Json;
    this.ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
    addFormats(this.ajv);
    // Contract extensions inside schemas (documentation for implementers, read by the kit).
    this.ajv.addKeyword({ keyword: 'x-messages' });
    const schemas = (this.doc.components as Json).schemas as Json;
    // OpenAPI refs point at #/components/schemas; Ajv resolves them once the schemas live under $defs.
    const defs = JSON.parse(JSON.stringify(schemas).replaceAll('"#/components/schemas/', '"contract.json#/$defs/')) as Json;
    this.ajv.addSchema({ $id: 'contract.json', $defs: defs });
    this.indexOperations();
  }

  private resolveRef<T = Json>(node: unknown): T {
    let current = node as Json;
    while (current && typeof current.$ref === 'string') {
      const parts = current.$ref.replace(/^#\//, '').split('/');
      current = parts.reduce<Json>((n, p) => n[p] as Json, this.doc);
    }
    return current as T;
  }

  private indexOperations(): void {
    for (const [path, item] of Object.entries(this.doc.paths as Json)) {
      const pathItem = item as Json;
      const shared = ((pathItem.parameters as Json[]) ?? []).map((p) => this.resolveRef(p));
      for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
        const op = pathItem[method] as Json | undefined;
        if (!op) continue;
        const responses: Record<string, Json | null> = {};
        for (const [status, response] of Object.entries((op.responses as Json) ?? {})) {
          const resolved = this.resolveRef(response);
          const json = ((resolved.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema as Json | undefined;
          responses[status] = json ?? null;
        }
        this.operations.set(op.operationId as string, {
          operationId: op.operationId as string,
          method: method.toUpperCase(),
          path,
          permissions: (op['x-permissions'] as string[] | undefined) ?? [],
          responses,
          parameters: [...shared, ...((op.parameters as Json[]) ?? []).map((p) => this.resolveRef(p))],
        });
      }
    }
  }

  /** `RecordingStatus.message` per state, exactly as the contract (and the product spec) words it. */
  recordingMessages(): Record<string, string> {
    const schemas = (this.doc.components as Json).schemas as Json;
    return ((schemas.RecordingState as Json)['x-messages'] as Record<string, string> | undefined) ?? {};
  }

  operation(operationId: string): Operation {
    const op = this.operations.get(operationId);
    if (!op) throw new Error(`The contract has no operation ${operationId}`);
    return op;
  }

  /** A validator for a named schema (`ConversationSummary`) or an inline response schema. */
  validator(schema: string | Json): ValidateFunction {
    const key = typeof schema === 'string' ? schema : JSON.stringify(schema);
    let fn = this.cache.get(key);
    if (!fn) {
      fn =
        typeof schema === 'string'
          ? this.ajv.getSchema(`contract.json#/$defs/${schema}`)
          : this.ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', '"contract.json#/$defs/')));
      if (!fn) throw new Error(`The contract has no schema ${schema as string}`);
      this.cache.set(key, fn);
    }
    return fn;
  }

  /** Problems of `data` against a schema, as readable lines (empty when valid). */
  problems(schema: string | Json, data: unknown): string[] {
    const validate = this.validator(schema);
    return validate(data) ? [] : formatAjvErrors(validate.errors ?? []);
  }
}

export function formatAjvErrors(errors: ErrorObject[]): string[] {
  // oneOf failures explode into one error per branch; the first few say enough.
  return errors.slice(0, 6).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}${e.params && 'allowedValues' in e.params ? ` ${JSON.stringify(e.params.allowedValues)}` : ''}`.trim());
}

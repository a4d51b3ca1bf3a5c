import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { MEDIA_REPRESENTATIONS, type MediaRepresentation } from './media-signature.js';

/** The contract document (packages/contract/openapi.yaml); requests are validated against it. */
export function openapiPath(): string {
  try {
    return createRequire(import.meta.url).resolve('@conversations-kit/contract/openapi.yaml');
  } catch {
    return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../contract/openapi.yaml');
  }
}

type Json = Record<string, unknown>;

export interface OpenApiDoc {
  text: string;
  doc: Json;
}

let cached: OpenApiDoc | null = null;

export function loadOpenApi(): OpenApiDoc {
  if (!cached) {
    const text = fs.readFileSync(openapiPath(), 'utf8');
    cached = { text, doc: parse(text) as Json };
  }
  return cached;
}

/** Parameters handled by hand because the contract gives them their own errors (428, 416). */
const MANUAL_HEADERS = new Set(['if-match', 'range']);
/** Keywords Ajv does not need (annotations and OpenAPI extensions). */
const DROP = new Set(['examples', 'example', 'description', 'summary', 'contentMediaType', 'deprecated', 'x-event-data']);

function resolveRef(doc: Json, ref: string): Json {
  const parts = ref.replace(/^#\//, '').split('/');
  let node: unknown = doc;
  for (const p of parts) node = (node as Json)[p];
  return node as Json;
}

/** Inlines `$ref`s and drops annotations, so Fastify's Ajv can compile the schema on its own. */
function inline(doc: Json, node: unknown, depth = 0): unknown {
  if (depth > 40) throw new Error('openapi schema nests too deeply');
  if (Array.isArray(node)) return node.map((n) => inline(doc, n, depth + 1));
  if (!node || typeof node !== 'object') return node;
  const obj = node as Json;
  if (typeof obj.$ref === 'string') return inline(doc, resolveRef(doc, obj.$ref), depth + 1);
  const out: Json = {};
  for (const [k, v] of Object.entries(obj)) {
    if (DROP.has(k) || k.startsWith('x-')) continue;
    out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as Json).map(([pk, pv]) => [pk, inline(doc, pv, depth + 1)])) : inline(doc, v, depth + 1);
  }
  return out;
}

export interface RouteSchema {
  querystring?: Json;
  params?: Json;
  headers?: Json;
  body?: Json;
}

/** Fastify route schema for one operation of the contract (`/v1/conversations/{id}` style path). */
export function operationSchema(method: string, openapiRoute: string): RouteSchema {
  const { doc } = loadOpenApi();
  const pathItem = (doc.paths as Json)[openapiRoute] as Json | undefined;
  if (!pathItem) throw new Error(`openapi.yaml has no path ${openapiRoute}`);
  const op = pathItem[method.toLowerCase()] as Json | undefined;
  if (!op) throw new Error(`openapi.yaml has no ${method} ${openapiRoute}`);
  const params = [...((pathItem.parameters as Json[]) ?? []), ...((op.parameters as Json[]) ?? [])].map((p) => inline(doc, p) as Json);
  const schema: RouteSchema = {};
  for (const where of ['query', 'path', 'header'] as const) {
    const mine = params.filter((p) => p.in === where && !(where === 'header' && MANUAL_HEADERS.has(String(p.name).toLowerCase())));
    if (!mine.length) continue;
    const properties: Json = {};
    const required: string[] = [];
    for (const p of mine) {
      const name = where === 'header' ? String(p.name).toLowerCase() : String(p.name);
      properties[name] = p.schema ?? {};
      if (p.required) required.push(name);
    }
    const part: Json = { type: 'object', properties, required };
    schema[where === 'query' ? 'querystring' : where === 'path' ? 'params' : 'headers'] = part;
  }
  const body = (op.requestBody as Json | undefined)?.content as Json | undefined;
  const jsonBody = body?.['application/json'] as Json | undefined;
  if (jsonBody?.schema) schema.body = inline(doc, jsonBody.schema) as Json;
  return schema;
}

/** Permissions an operation needs (`x-permissions`). */
export function operationPermissions(method: string, openapiRoute: string): string[] {
  const { doc } = loadOpenApi();
  const op = ((doc.paths as Json)[openapiRoute] as Json)[method.toLowerCase()] as Json;
  return (op['x-permissions'] as string[] | undefined) ?? [];
}

/**
 * The recording representation a signed media URL opens on this operation: operations whose
 * `security` lists `mediaSignature` are named after it (`…/recording/audio` → `audio`).
 */
export function operationMediaRepresentation(method: string, openapiRoute: string): MediaRepresentation | null {
  const { doc } = loadOpenApi();
  const op = ((doc.paths as Json)[openapiRoute] as Json)[method.toLowerCase()] as Json;
  const security = (op.security as Json[] | undefined) ?? [];
  if (!security.some((s) => Object.hasOwn(s, 'mediaSignature'))) return null;
  const last = openapiRoute.split('/').pop() as MediaRepresentation;
  if (!MEDIA_REPRESENTATIONS.includes(last)) throw new Error(`openapi.yaml: ${method} ${openapiRoute} accepts mediaSignature but is not a media representation`);
  return last;
}

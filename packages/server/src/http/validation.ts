/**
 * Request validation with Ajv, compiled from the contract. Query strings, path parameters and
 * headers arrive as text, so they are coerced (`?limit=5` is the number 5); JSON bodies are not:
 * `{"limit":"5"}` or `{"ids":"x"}` is a 400 naming the field, never silently converted.
 */
import { AjvCompiler } from '@fastify/ajv-compiler';
import type { FastifyInstance } from 'fastify';

const SHARED = { removeAdditional: false, strict: false, allErrors: false, useDefaults: true } as const;

export function registerValidation(app: FastifyInstance): void {
  const factory = AjvCompiler();
  const text = factory({}, { customOptions: { ...SHARED, coerceTypes: 'array' }, plugins: [] } as never);
  const json = factory({}, { customOptions: { ...SHARED, coerceTypes: false }, plugins: [] } as never);
  app.setValidatorCompiler((route) => (route.httpPart === 'body' ? json(route) : text(route)));
}

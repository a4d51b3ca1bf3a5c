#!/usr/bin/env node
// Generates packages/sdk/src/generated/openapi.ts from packages/contract/openapi.yaml.
// `--check` writes nothing and exits 1 when the committed file is stale, so `npm test`
// fails whenever the contract changes without regenerating the SDK types.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = dirname(fileURLToPath(import.meta.url));
const contractPath = resolve(here, '../../contract/openapi.yaml');
const outputPath = resolve(here, '../src/generated/openapi.ts');
const check = process.argv.includes('--check');

const header = `/**
 * GENERATED from packages/contract/openapi.yaml by packages/sdk/scripts/generate-types.mjs.
 * Do not edit by hand: change the contract and run \`node packages/sdk/scripts/generate-types.mjs\`.
 */

`;

const ast = await openapiTS(pathToFileURL(contractPath), { alphabetize: false, exportType: false, defaultNonNullable: false });
const generated = header + astToString(ast);

if (check) {
  const current = await readFile(outputPath, 'utf8').catch(() => '');
  if (current !== generated) {
    console.error(
      'packages/sdk/src/generated/openapi.ts is stale: the contract changed.\n' +
        'Run `node packages/sdk/scripts/generate-types.mjs` and commit the result.',
    );
    process.exit(1);
  }
  console.log('SDK types are up to date with the contract.');
} else {
  await mkdir(dirname(outputPath), { recursive: true });
  await writeFile(outputPath, generated);
  console.log(`Wrote ${outputPath}`);
}

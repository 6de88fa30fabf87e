// JSON Schema validation of a guide with ajv (all errors), compiled once per process.
// Enum and unknown-key errors are left to the enum-values and unknown-element rules, which give
// suggestions; this keeps one finding per defect.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { ElementPath } from '../model/types.js';
import { ROOT_DIR } from '../version.js';
import { pointerToPath } from '../model/pointer.js';
import { defined } from '../util/defined.js';

export const SCHEMA_FILE = join(ROOT_DIR, 'schemas', 'guide.schema.json');

export const AJV_OPTIONS = { allErrors: true, strict: false, messages: true } as const;

/** The validator compiled at build time (scripts/build-validator.ts), when present. */
async function precompiled(): Promise<ValidateFunction | undefined> {
  const file = './guide-validator.js';
  try {
    return ((await import(file)) as { default: ValidateFunction }).default;
  } catch {
    return undefined;
  }
}

let validator: ValidateFunction | undefined = await precompiled();

/**
 * The schema as validation uses it. The published schema serves editors on files as written; the
 * linter validates normalised data (canonical keys only), so it drops what cannot fail there or
 * what other rules report with suggestions: `enum` (enum-values; ajv compares each value with
 * every accepted spelling), synonym properties (normalised away), `additionalProperties`
 * (unknown-element; ajv compares every key with ~190 names) and titles and descriptions.
 */
export function validationSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(validationSchema);
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === 'enum' || k === 'additionalProperties' || k === 'title' || k === 'description') continue;
      out[k] = k === 'properties' ? canonicalProperties(v as Record<string, unknown>) : validationSchema(v);
    }
    return out;
  }
  return node;
}

/** A synonym is a property that only refers to a sibling (`{ $ref: '…/properties/<key>' }`). */
function canonicalProperties(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    const ref = (v as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && ref.includes('/properties/')) continue;
    out[k] = validationSchema(v);
  }
  return out;
}

/** Fallback (running from src/, or a build without the generated file): compile now. */
function compile(): ValidateFunction {
  const schema = validationSchema(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))) as object;
  const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
  return new Ajv(AJV_OPTIONS).compile(schema);
}

export interface SchemaError {
  /** Canonical path of the offending value (or of the record missing a property). */
  path: ElementPath;
  keyword: string;
  /** The missing property for `required`. */
  missing?: string;
  /** Expected type(s) for `type`. */
  expected?: string;
  raw: ErrorObject;
}

const SKIPPED = new Set(['additionalProperties', 'if', 'then']);

export function validateGuide(data: unknown): SchemaError[] {
  validator ??= compile();
  if (validator(data)) return [];
  const errors = (validator.errors ?? []).filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
  // anyOf branches each report. A type error at P is noise when another branch got further
  // (any other error at P or below, enum included); the type errors left at P are merged.
  // A type error at P is also noise when any error lies deeper (P/…): the container's branch matched.
  const other = errors.filter((e) => e.keyword !== 'type').map((e) => e.instancePath);
  const all = errors.map((e) => e.instancePath);
  const covered = (p: string) =>
    other.some((o) => o === p || o.startsWith(`${p}/`)) || all.some((o) => o.startsWith(`${p}/`));
  const types = new Map<string, Set<string>>();
  const out: SchemaError[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (e.keyword === 'type') {
      if (covered(e.instancePath)) continue;
      const t = (e.params as { type: string | string[] }).type;
      const set = types.get(e.instancePath) ?? new Set<string>();
      for (const x of Array.isArray(t) ? t : t.split(',')) set.add(x);
      if (!types.has(e.instancePath)) {
        types.set(e.instancePath, set);
        out.push({ path: pointerToPath(e.instancePath), keyword: 'type', raw: e });
      }
      continue;
    }
    if (SKIPPED.has(e.keyword)) continue;
    const missing = e.keyword === 'required' ? (e.params as { missingProperty: string }).missingProperty : undefined;
    const key = `${e.instancePath}|${e.keyword}|${missing ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path: pointerToPath(e.instancePath), keyword: e.keyword, missing, raw: e });
  }
  for (const e of out) if (e.keyword === 'type') e.expected = [...defined(types.get(e.raw.instancePath))].join(',');
  return out;
}

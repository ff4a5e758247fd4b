import path from 'node:path';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import { ExitCode, IkuseiError, problemsError } from '../../core/diagnostics/errors.js';
import type { AnswerRecord } from '../../core/engine/types.js';
import { caseMsg } from '../../messages/case.js';
import { misnamedSession, SESSION_ID } from './locate.js';
import { displayPath } from '../../core/model/loaded.js';
import { schemaDiagnostics } from '../../core/schema/errors.js';
import { validators } from '../schema/validators.js';
import { parseYamlBytes, type YamlSource } from '../../core/yaml/source.js';
import { readYamlFile, withPlainEnv } from '../files/read-yaml.js';
import { EnvelopeError, envelopeFailure, isEnvelope, openEnvelope } from '../session/envelope.js';
import { rememberCaseDigest, rememberCaseSource } from '../../core/case/sources.js';
import { SESSION_FORMAT_VERSION, type CaseInput, type SessionFile } from '../../core/case/types.js';

/** Where a case file is read from, and how an encrypted session opens. */
export interface CaseReadOptions {
  /** The ikusei home: a session file in its sessions folder must be named after its id. */
  home?: string;
  /** The command's passphrase (CommandContext.passphrase); without it an encrypted session does not open. */
  passphrase?: string;
}

/**
 * Reads an answers file (YAML or JSON) or a session file. Problems are reported with file:line:column
 * but never with the file's lines: they hold case data.
 */
export function readCaseFile(file: string, cwd: string, options: CaseReadOptions = {}): CaseInput {
  const { home, passphrase } = options;
  const abs = path.resolve(cwd, file);
  const shown = displayPath(abs, cwd);
  const read = readYamlFile(abs, { displayPath: shown, withFrames: false });
  if (!read.source || read.value === undefined) {
    const notFound = read.diagnostics.some((d) => d.code === 'FILE_NOT_FOUND' || d.code === 'FILE_UNREADABLE');
    if (notFound) throw new IkuseiError(read.diagnostics[0]!.code === 'FILE_NOT_FOUND' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE', read.diagnostics[0]!.message, ExitCode.ENVIRONMENT);
    // A session cut short (a copy interrupted, a disk that filled) is still a session, not answers.
    if (/"format"\s*:\s*"ikusei-session(?:-encrypted)?"/.test(read.source?.text.slice(0, 4096) ?? '')) {
      throw problemsError('SESSION_INVALID', caseMsg.invalidSession(shown), read.diagnostics, caseMsg.invalidSessionHint);
    }
    throw problemsError('ANSWERS_INVALID', caseMsg.invalidAnswers(shown), read.diagnostics);
  }
  let value = read.value;
  let source = read.source;
  // The name is checked before decrypting: an envelope's id is readable (and authenticated).
  if ((isEnvelope(value) || value.format === 'ikusei-session') && misnamedSession(abs, value.id, home)) {
    throw problemsError('SESSION_MISNAMED', caseMsg.misnamed(shown, typeof value.id === 'string' && SESSION_ID.test(value.id) ? value.id : undefined), [], caseMsg.misnamedHint);
  }
  if (isEnvelope(value)) ({ value, source } = decrypted(value, passphrase, abs, shown));
  const input = value.format === 'ikusei-session' ? validSession(value, source, shown) : answersInput(value, source, shown);
  if (read.digest) rememberCaseDigest(input, read.digest);
  return input;
}

/** An encrypted session, opened with the command's passphrase (see src/io/session/envelope.ts). */
function decrypted(envelope: unknown, passphrase: string | undefined, abs: string, shown: string): { value: Record<string, unknown>; source: YamlSource } {
  let json: string;
  try {
    json = openEnvelope(envelope, passphrase, abs);
  } catch (error) {
    if (error instanceof EnvelopeError) throw envelopeFailure(error.problem, shown);
    throw error;
  }
  const inner = parseYamlBytes(shown, Buffer.from(json, 'utf8'), false, withPlainEnv);
  if (!inner.source || inner.value === undefined) throw problemsError('SESSION_INVALID', caseMsg.invalidSession(shown), inner.diagnostics, caseMsg.invalidSessionHint);
  return { value: inner.value, source: inner.source };
}

function validSession(value: Record<string, unknown>, source: YamlSource, shown: string): CaseInput {
  const version = value.version;
  if (typeof version === 'number' && version > SESSION_FORMAT_VERSION) {
    throw new IkuseiError('SESSION_FUTURE_VERSION', caseMsg.futureVersion(shown, version, SESSION_FORMAT_VERSION), ExitCode.PROBLEMS, { hint: caseMsg.futureVersionHint });
  }
  const validate = validators().session;
  if (!validate(value)) {
    throw problemsError('SESSION_INVALID', caseMsg.invalidSession(shown), schemaDiagnostics(validate.errors ?? [], source).map(asCaseDiag('SESSION_INVALID')), caseMsg.invalidSessionHint);
  }
  const input = sessionInput(value, shown);
  rememberCaseSource(input, { source, flat: false });
  return input;
}

/** A session as a case: what the sheet renderer, `run` and `checklist` take. `file` is how it is named to the user. */
export function sessionInput(session: SessionFile, file: string): CaseInput {
  return {
    kind: 'session',
    file,
    programId: session.program.id,
    programHash: session.program.hash,
    intake: session.intake,
    ...(session.date ? { date: session.date } : {}),
    answers: session.answers,
    session,
  };
}

function answersInput(value: Record<string, unknown>, source: YamlSource, shown: string): CaseInput {
  // "question id → value" alone is accepted too; it is the structured form without the wrapper.
  const flat = !('answers' in value);
  const structured = flat ? { answers: value } : value;
  const validate = validators().answers;
  if (!validate(structured)) {
    const errors = (validate.errors ?? []).map((e) => (flat ? { ...e, instancePath: e.instancePath.replace(/^\/answers/, '') } : e));
    throw problemsError('ANSWERS_INVALID', caseMsg.invalidAnswers(shown), schemaDiagnostics(errors, source).map(asCaseDiag('ANSWERS_INVALID')));
  }
  const data = structured;
  const answers: Record<string, AnswerRecord> = {};
  for (const [id, v] of Object.entries(data.answers)) {
    const memo = data.memos?.[id];
    // YAML and JSON authors write true/false for はい/いいえ; the engine speaks yes/no.
    answers[id] = { value: typeof v === 'boolean' ? (v ? 'yes' : 'no') : v, ...(memo ? { memo } : {}) };
  }
  const input: CaseInput = {
    kind: 'answers',
    file: shown,
    ...(data.program ? { programId: data.program } : {}),
    intake: data.intake ?? {},
    ...(data.date ? { date: data.date } : {}),
    answers,
  };
  rememberCaseSource(input, { source, flat });
  return input;
}

function asCaseDiag(code: Diagnostic['code']) {
  return (d: Diagnostic): Diagnostic => ({ ...d, code });
}

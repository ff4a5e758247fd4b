import fs from 'node:fs';
import path from 'node:path';
import { resolveCaseRef } from '../io/case/locate.js';
import type { CommandContext } from '../app/context.js';
import { ExitCode, IkuseiError } from '../core/diagnostics/errors.js';
import { common } from '../messages/common.js';
import { privacyMsg } from '../messages/privacy.js';
import type { Ui } from '../walk/ui/prompts.js';
import { LIMITS } from '../core/yaml/source.js';
import { readFileCapped } from '../io/files/read-capped.js';
import { ENVELOPE_FORMAT, EnvelopeError, openEnvelope } from '../io/session/envelope.js';

/**
 * Asking for the passphrase of encrypted sessions on a terminal. Readers are synchronous and
 * cannot prompt, so the prompt comes first: before a command that reads case files runs (the CLI
 * calls unlockForCommand), or in `resume` once the session is chosen. Without a terminal nothing
 * is asked; the reader then says that IKUSEI_PASSPHRASE is needed.
 */

/** Where each command takes case files from (sessions, answers files, folders of them). */
const CASE_REFS: Record<string, (args: string[], options: Record<string, unknown>) => unknown[]> = {
  render: (args) => args.slice(0, 1),
  batch: (args) => args,
  checklist: (_args, o) => [o.from],
  run: (_args, o) => [o.answers],
};

export async function unlockForCommand(ctx: CommandContext, command: string, args: string[], options: Record<string, unknown>): Promise<void> {
  const refs = (CASE_REFS[command]?.(args, options) ?? []).filter((r): r is string => typeof r === 'string');
  if (refs.length && canAsk(ctx)) await unlockFiles(ctx, refs.flatMap((ref) => caseFiles(ctx, ref)));
}

/** `resume`: the chosen session, with the walk's own prompts. */
export async function unlockSession(ctx: CommandContext, ui: Ui, ref: string): Promise<void> {
  if (!canAsk(ctx)) return;
  let file: string;
  try {
    file = resolveCaseRef(ref, ctx.home, ctx.io.cwd);
  } catch {
    return; // loadSession says it is not there
  }
  await unlockFiles(ctx, [file], ui);
}

function canAsk(ctx: CommandContext): boolean {
  return ctx.passphrase === undefined && ctx.io.stdin.isTTY === true && ctx.io.stdout.isTTY === true;
}

function caseFiles(ctx: CommandContext, ref: string): string[] {
  const abs = path.resolve(ctx.io.cwd, ref);
  try {
    if (!fs.statSync(abs).isDirectory()) return [abs];
    return fs
      .readdirSync(abs)
      .filter((n) => n.endsWith('.json') && !n.startsWith('.'))
      .map((n) => path.join(abs, n));
  } catch {
    try {
      return [resolveCaseRef(ref, ctx.home, ctx.io.cwd)];
    } catch {
      return [];
    }
  }
}

/** Our envelopes begin with their format, so the first bytes tell (no need to read a whole folder). */
export function looksEncrypted(file: string): boolean {
  try {
    // Without blocking, and regular files only: a FIFO named as a case file must not hang here.
    const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    try {
      if (!fs.fstatSync(fd).isFile()) return false;
      const head = Buffer.alloc(512);
      const n = fs.readSync(fd, head, 0, head.length, 0);
      return head.subarray(0, n).toString('utf8').includes(`"${ENVELOPE_FORMAT}"`);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** Three tries, each checked against the first encrypted file; the passphrase then serves the command (ctx.passphrase). */
async function unlockFiles(ctx: CommandContext, files: string[], ui?: Ui): Promise<void> {
  const target = files.find(looksEncrypted);
  if (!target) return;
  let envelope: unknown;
  try {
    envelope = JSON.parse(readFileCapped(target, LIMITS.maxBytes).toString('utf8'));
  } catch {
    return; // the reader reports the broken file
  }
  const { Ui } = await import('../walk/ui/prompts.js');
  const { askPassphrase } = await import('../walk/ui/passphrase.js');
  const prompts = ui ?? new Ui(ctx);
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      const passphrase = await askPassphrase(prompts, attempt === 0 ? undefined : 3 - attempt);
      try {
        openEnvelope(envelope, passphrase, target);
      } catch (error) {
        if (error instanceof EnvelopeError && error.problem === 'wrong') continue;
        // Broken or unsupported: not the passphrase's fault; the reader reports it.
      }
      ctx.passphrase = passphrase;
      return;
    }
    throw new IkuseiError('PASSPHRASE_GAVE_UP', privacyMsg.prompt.gaveUp, ExitCode.ENVIRONMENT);
  } catch (error) {
    // Ctrl-C at the prompt: the walk handles its own; elsewhere it is a plain interruption.
    if (!ui && error instanceof Error && error.name === 'WalkInterrupted') throw new IkuseiError('INTERRUPTED', common.interrupted, ExitCode.INTERRUPTED);
    throw error;
  } finally {
    if (!ui) prompts.close();
  }
}

import { privacyMsg } from '../../messages/privacy.js';
import type { CommandContext } from '../../app/context.js';
import type { Ui } from './prompts.js';

const m = privacyMsg.prompt;
export const MIN_PASSPHRASE_LENGTH = 8;

/** The passphrase of an encrypted session. `left`: tries left after a wrong one (the prompt says so). */
export async function askPassphrase(ui: Ui, left?: number): Promise<string> {
  return ui.password(left === undefined ? m.passphrase : m.tryAgain(left), m.hidden, (v) => (v === '' ? m.passphraseRequired : true));
}

/**
 * At the start of a walk: with IKUSEI_PASSPHRASE set the session is encrypted anyway (say so);
 * with `--encrypt` and no variable, a new passphrase is typed twice. A typo in a passphrase
 * nobody can recover would lock the session for good, hence the second entry.
 */
export async function setUpEncryption(ctx: CommandContext, ui: Ui, wanted: boolean): Promise<void> {
  if (ctx.passphrase !== undefined) {
    ui.write(ui.c.dim(m.encryptingWithEnv));
    return;
  }
  if (!wanted) return;
  const min = MIN_PASSPHRASE_LENGTH;
  for (;;) {
    const first = await ui.password(m.newPassphrase(min), m.hidden, (v) => ([...v.normalize('NFC')].length >= min ? true : m.tooShort(min)));
    const second = await ui.password(m.repeat, m.hidden);
    if (first.normalize('NFC') === second.normalize('NFC')) {
      ctx.passphrase = first;
      ui.write(ui.c.yellow(m.encrypting));
      return;
    }
    ui.write(ui.c.yellow(m.mismatch));
  }
}

import path from 'node:path';

// Program ids are file names: koukousei.yaml is `koukousei`. Pure, so lint and io/ share it.

export function programIdOf(file: string): string {
  return path.basename(file).replace(/\.ya?ml$/i, '');
}

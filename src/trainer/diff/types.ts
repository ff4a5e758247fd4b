import type { PathSegment } from '../../core/yaml/source.js';

/** The groups a trainer reads a change in, in the order the report prints them. */
export const GROUPS = ['metadata', 'nodes', 'wording', 'options', 'routing', 'effects', 'tools', 'scenarios'] as const;
export type ChangeGroup = (typeof GROUPS)[number];

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One change between two versions of a program, in a trainer's terms. */
export interface Change {
  group: ChangeGroup;
  kind: ChangeKind;
  /** The node id, tool id or scenario name the change belongs to (none for metadata). */
  owner?: string;
  /** How the owner is named in the report when not by its bare id: 「ツール shinro-flow」. */
  label?: string;
  /** What changed, in words: 「質問文」「選択肢「休みがち」の行き先」「やること a_visit」. */
  what: string;
  before?: string;
  after?: string;
  /** For lists (expected ids, a multi answer, a tool's rows): the items that came and went. */
  added?: string[];
  removed?: string[];
  /** Where it is: in the new file, or in the old file for what was removed. */
  path: PathSegment[];
  side: 'new' | 'old';
}

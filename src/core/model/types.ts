// The shapes of programs/*.yaml and programs/catalogs/*.yaml after schema validation.
// programs/schema/*.schema.json is the authority; these types mirror it for the compiler.

export const PROGRAM_NUMBERS = ['I', 'II', 'III', 'IV', 'V', 'VI'] as const;
export type ProgramNumber = (typeof PROGRAM_NUMBERS)[number];

export function isProgramNumber(s: string): s is ProgramNumber {
  return PROGRAM_NUMBERS.some((n) => n === s);
}

/** The answer value that means 「わからない・未確認」; the schema reserves it as an option value. */
export const UNKNOWN = 'unknown';

export interface Source {
  title: string;
  url?: string;
  document?: string;
  /** primary: 法令, 国・県・市町村, the agency that runs the service. Only primary sources are printed. */
  kind?: 'primary' | 'secondary';
  checked: string;
  /** For trainers only; never printed. */
  note?: string;
}

/** A span of days in the year: 'MM-DD' recurs every year, 'YYYY-MM-DD' is that year only. */
export interface WindowDef {
  id: string;
  label: string;
  from: string;
  to: string;
  /** What to do once it has passed: a late route, the next window, or 要確認. */
  after: string;
  sources?: Source[];
}

/** A length of time; exactly one unit is set (the schema's minProperties and lint keep it so). */
export interface Interval {
  days?: number;
  weeks?: number;
  months?: number;
}

/** When something is due: free text, or structured so the engine can compute a date. */
export type DueSpec = string | (Interval & { visit?: true; window?: string; text?: string });

export interface ReviewRule extends Interval {
  when: Condition;
  why: string;
}

export interface FlagDef {
  id: string;
  label: string;
  description?: string;
}

// ---- conditions -------------------------------------------------------------

export type Scalar = string | number;

/** The comparisons a test makes of its subject's value; several in one test must all hold. */
export interface Comparisons {
  is?: Scalar;
  in?: Scalar[];
  includes?: string;
  gte?: number;
  gt?: number;
  lte?: number;
  lt?: number;
  answered?: boolean;
  unknown?: boolean;
}

/** Every key a condition object may have: what the schema admits, any mix of them. */
interface ConditionKeys extends Comparisons {
  all?: Condition[];
  any?: Condition[];
  not?: Condition;
  answer?: string;
  intake?: 'age';
  flag?: string;
}

/** One shape of condition: its own keys, and every other key declared absent so that `c.all` etc. narrow. */
type Shape<T> = T & { [K in Exclude<keyof ConditionKeys, keyof T>]?: never };

export type AllCondition = Shape<{ all: Condition[] }>;
export type AnyCondition = Shape<{ any: Condition[] }>;
export type NotCondition = Shape<{ not: Condition }>;
export type FlagCondition = Shape<{ flag: string }>;
/** Comparisons of a question's answer (「q_absence ≥ 10」). */
export type AnswerTest = Shape<{ answer: string } & Comparisons>;
/** Comparisons of the child's age from the intake. */
export type AgeTest = Shape<{ intake: 'age' } & Comparisons>;

/**
 * A condition as data, one of its real shapes, told apart by which key it has (the YAML writes
 * `all:`, `any:`, `not:`, `flag:`, `answer:` or `intake: age` with comparisons).
 * The schema admits any mix of the keys; lint (core/lint/conditions.ts, which reads a condition
 * as `ConditionFields`) reports every object that is not one of these shapes, and a program with
 * lint errors is not walked. Code that reads conditions tests the keys in this order, so it
 * reads a mix the same way whatever shape the type names.
 */
export type Condition = AllCondition | AnyCondition | NotCondition | FlagCondition | AnswerTest | AgeTest;

/** A condition seen key by key, as lint checks it: any key may be present. */
export type ConditionFields = ConditionKeys;

export const COMPARISON_KEYS = ['is', 'in', 'includes', 'gte', 'gt', 'lte', 'lt', 'answered', 'unknown'] as const satisfies readonly (keyof Comparisons)[];
export type ComparisonKey = (typeof COMPARISON_KEYS)[number];

// ---- effects ----------------------------------------------------------------

export interface ActionDef {
  id: string;
  text: string;
  who?: string;
  due?: DueSpec;
  why?: string;
  when?: Condition;
}

export interface ReferralDef {
  agency: string;
  reason: string;
  share?: string;
  who?: string;
  due?: DueSpec;
  reference?: true;
  when?: Condition;
}

export interface ResourceRef {
  resource: string;
  note?: string;
  who?: string;
  due?: DueSpec;
  reference?: true;
  when?: Condition;
}

export interface CheckItemDef {
  id: string;
  text: string;
  when?: Condition;
}

/** A flag to raise: its id, or `{ flag, when }` to raise it only when the condition holds. */
export type FlagRef = string | { flag: string; when?: Condition };

export function flagIdOf(f: FlagRef): string {
  return typeof f === 'string' ? f : f.flag;
}

export interface Effects {
  actions?: ActionDef[];
  referrals?: ReferralDef[];
  resources?: ResourceRef[];
  checklist?: CheckItemDef[];
  flags?: FlagRef[];
}

// ---- nodes ------------------------------------------------------------------

export interface RouteRule {
  when: Condition;
  next: string;
}

interface NodeBase {
  id: string;
  title?: string;
  text: string;
  effects?: Effects;
}

interface QuestionBase extends NodeBase {
  help: string;
  unknown?: boolean;
  unknown_next?: string;
  route?: RouteRule[];
  next?: string;
}

export interface Option {
  value: string;
  label: string;
  help?: string;
  next?: string;
  effects?: Effects;
}

export interface MultiOption {
  value: string;
  label: string;
  help?: string;
  exclusive?: boolean;
  effects?: Effects;
}

export interface Branch {
  label?: string;
  next?: string;
  effects?: Effects;
}

export interface SingleNode extends QuestionBase {
  type: 'single';
  options: Option[];
}
export interface MultiNode extends QuestionBase {
  type: 'multi';
  options: MultiOption[];
}
export interface YesNoNode extends QuestionBase {
  type: 'yesno';
  yes?: Branch;
  no?: Branch;
}
export interface NumberNode extends QuestionBase {
  type: 'number';
  unit?: string;
  min?: number;
  max?: number;
  integer?: boolean;
}
export interface DateNode extends QuestionBase {
  type: 'date';
}
export interface TextNode extends QuestionBase {
  type: 'text';
  max_length?: number;
}
export interface InfoNode extends NodeBase {
  type: 'info';
  route?: RouteRule[];
  next: string;
}
export interface OutcomeNode extends NodeBase {
  type: 'outcome';
  title: string;
  review_months?: number;
}

export type QuestionNode = SingleNode | MultiNode | YesNoNode | NumberNode | DateNode | TextNode;
export type ProgramNode = QuestionNode | InfoNode | OutcomeNode;
export type NodeType = ProgramNode['type'];
export type QuestionType = QuestionNode['type'];

export function isQuestion(node: ProgramNode): node is QuestionNode {
  return node.type !== 'info' && node.type !== 'outcome';
}

// ---- tools ------------------------------------------------------------------

interface ToolBase {
  id: string;
  title: string;
  description?: string;
}
export interface ChecklistTool extends ToolBase {
  kind: 'checklist';
  sections: { title: string; items: { text: string; when?: Condition }[] }[];
}
export interface GridTool extends ToolBase {
  kind: 'grid';
  rows: string[];
  columns: string[];
  legend?: string[];
}
export interface ResourcesTool extends ToolBase {
  kind: 'resources';
  resources: string[];
}
export interface AgenciesTool extends ToolBase {
  kind: 'agencies';
  agencies: string[];
}
export interface FlowchartTool extends ToolBase {
  kind: 'flowchart';
  start: string;
}
export type Tool = ChecklistTool | GridTool | ResourcesTool | AgenciesTool | FlowchartTool;

// ---- scenarios --------------------------------------------------------------

export type AnswerValue = string | number | string[];

export interface ScenarioSelection {
  actions?: string[];
  referrals?: string[];
  resources?: string[];
  checklist?: string[];
  flags?: string[];
}

export type WindowState = 'open' | 'upcoming' | 'passed';

export interface ScenarioExpect extends ScenarioSelection {
  outcome?: string;
  unknown?: string[];
  /** Must appear (a subset check), beside the exact lists above. */
  includes?: ScenarioSelection;
  /** Must not appear. */
  excludes?: ScenarioSelection;
  /** Window id → its state on the scenario's date. */
  windows?: Record<string, WindowState>;
}

export interface Scenario {
  name: string;
  description?: string;
  /** The interview date (YYYY-MM-DD). */
  date?: string;
  intake?: { age?: number; birth_date?: string };
  answers: Record<string, AnswerValue>;
  expect: ScenarioExpect;
}

// ---- program and catalog ----------------------------------------------------

export interface Program {
  id: string;
  /** Required unless `draft` (the schema's if/else). */
  number?: ProgramNumber;
  /** A trainer's draft or training program: kept out of the chooser, triage and numbers. */
  draft?: boolean;
  title: string;
  subtitle?: string;
  version: string;
  revised: string;
  audience: string;
  summary: string;
  /** One line: what the program was built from (printed in every page header). */
  basis?: string;
  /** The support-sheet template (templates/<id>.yaml) used when no --template is given. */
  template?: string;
  sources: Source[];
  start?: string;
  review_months?: number;
  review_rules?: ReviewRule[];
  visit_interval?: Interval;
  windows?: WindowDef[];
  flags?: FlagDef[];
  nodes: ProgramNode[];
  tools?: Tool[];
  tests?: Scenario[];
}

export interface Agency {
  id: string;
  name: string;
  kind?: string;
  offers: string;
  when_to_refer: string;
  how_to_contact?: string;
  basis?: string;
  sources: Source[];
}

export interface Amount {
  text: string;
  fiscal_year: string;
}

export const RESOURCE_CATEGORIES = ['扶助', '給付', '貸付', '手当', '減免', 'サービス', '相談'] as const;

export interface Resource {
  id: string;
  name: string;
  category: (typeof RESOURCE_CATEGORIES)[number];
  basis?: string;
  summary: string;
  when_to_use: string;
  how_to_apply: string;
  amounts?: Amount[];
  caution?: string;
  windows?: WindowDef[];
  sources: Source[];
}

export interface CatalogFileData {
  agencies?: Agency[];
  resources?: Resource[];
}

export interface Catalog {
  agencies: Map<string, Agency>;
  resources: Map<string, Resource>;
  /** Every resource's windows by id, so programs can name them. */
  windows: Map<string, WindowDef>;
}

export function emptyCatalog(): Catalog {
  return { agencies: new Map(), resources: new Map(), windows: new Map() };
}

// The shape of templates/*.yaml after schema validation; templates/schema/template.schema.json
// is the authority, these types mirror it for the compiler.

export interface ChoiceOption {
  value: string | number;
  label: string;
}

/** One piece of a form line: exactly one of text, value, date, choice, note (checked on load). */
export interface Part {
  text?: string;
  value?: string;
  width_mm?: number;
  date?: string;
  /** A date of any era (a birth date): blank, it leaves the era to be written in too. */
  any_era?: boolean;
  choice?: string;
  options?: ChoiceOption[];
  multiple?: boolean;
  vertical?: boolean;
  note?: string;
  lines?: number;
}

export interface Field {
  label: string;
  parts?: Part[];
  lines?: Part[][];
  each?: string;
  count?: number;
}

export interface Column {
  label: string;
  key: string;
  width_mm?: number;
  date?: boolean;
}

interface SectionBase {
  title?: string;
  empty?: string;
  break_before?: boolean;
  labels?: Record<string, string>;
}

export type ResultSectionType =
  | 'answers'
  | 'outcome'
  | 'actions'
  | 'referrals'
  | 'resources'
  | 'checklist'
  | 'unknowns'
  | 'flags'
  | 'review'
  | 'notices'
  | 'referral_details'
  | 'resource_details';

export const RESULT_SECTIONS: readonly ResultSectionType[] = [
  'answers',
  'outcome',
  'actions',
  'referrals',
  'resources',
  'checklist',
  'unknowns',
  'flags',
  'review',
  'notices',
  'referral_details',
  'resource_details',
];

export type Section =
  | (SectionBase & { type: 'title'; text?: string; note?: string; align?: 'left' | 'center' })
  | (SectionBase & { type: 'fields'; numbered?: boolean; columns?: 1 | 2; label_width_mm?: number; fields: Field[] })
  /** Without `list` (always, in a sheet): `rows` empty rows to write in by hand. */
  | (SectionBase & { type: 'table'; list?: string; columns: Column[]; rows?: number })
  | (SectionBase & { type: 'signatures'; boxes: string[] })
  | (SectionBase & { type: 'text'; text: string })
  /** Everything after it is reference text, the same for every case: a new page, left out by --no-appendix. */
  | (SectionBase & { type: 'appendix'; text?: string })
  | (SectionBase & { type: ResultSectionType; because?: boolean; brief?: boolean });

export interface Template {
  id: string;
  kind: 'sheet' | 'form';
  title: string;
  subject?: string;
  description?: string;
  source?: string;
  margin_left_mm?: number;
  /** header_hash, page, none; `case`: what a record is about (ケース, 事業名), also on the program's tools. */
  labels?: Record<string, string>;
  sections: Section[];
}

// The template schema's validator (io/schema/validators.ts) is a type guard for Template: io/
// sits below sheet/ and cannot name this type, so it is added here.
declare module '../../io/schema/validators.js' {
  interface SchemaTypes {
    template: Template;
  }
}

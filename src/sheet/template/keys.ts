/**
 * The values a support-sheet template can print in a `fields` section. Case values come from the
 * intake; dates are printed in 元号.
 */
export const SHEET_VALUE_KEYS = [
  'case.label',
  'case.age',
  'case.caseworker',
  'case.birth_date',
  'case.date',
  'case.interview_date',
  'program.title',
  'program.number',
  'program.version',
  'program.hash',
  'program.revised',
  'program.basis',
  'outcome.title',
  'review.date',
];

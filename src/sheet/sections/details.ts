import { printedSources } from '../../core/engine/wording.js';
import { sheetMsg } from '../../messages/sheet.js';
import type { Atom } from '../layout/inline.js';
import { SIZE } from '../layout/styles.js';
import type { SheetData } from '../model.js';
import type { Section } from '../template/types.js';
import { formatEraDate } from '../dates.js';
import { columns, empty, heading, label, nl, small, text, type RenderContext } from './common.js';
import { resourceDescription } from './results.js';

// The appendix of a support sheet: what each agency and 制度 of this case is, in the words of
// the catalogs. The same for every case, so it follows the case's own pages and can be left out.

export function referralDetails(ctx: RenderContext, s: Section, d: SheetData): void {
  heading(ctx, s);
  if (d.referrals.length === 0) return empty(ctx, s);
  const { flow } = ctx;
  const [name, detail] = columns(flow.width, [46, undefined]);
  for (const { item, agency } of d.referrals) {
    const atoms: Atom[] = [];
    const add = (key: string, value: string | undefined) => {
      if (value) atoms.push(...(atoms.length ? [nl] : []), text(`${label(s, key)}: `, { face: 'bold', size: SIZE.small }), text(value));
    };
    add('role', agency?.offers);
    add('when', agency?.when_to_refer);
    add('contact', agency?.how_to_contact);
    for (const src of printedSources(agency?.sources ?? [])) {
      atoms.push(nl, small(sheetMsg.source(label(s, 'source'), src.title, src.url, label(s, 'checked'), formatEraDate(src.checked))));
    }
    flow.row({
      border: 'below',
      cells: [
        { width: name, atoms: [text(agency?.name ?? item.agency, { face: 'bold' }), ...(agency?.kind ? [nl, small(agency.kind)] : [])] },
        { width: detail, atoms, where: s.title },
      ],
    });
  }
}

export function resourceDetails(ctx: RenderContext, s: Section, d: SheetData): void {
  heading(ctx, s);
  if (d.resources.length === 0) return empty(ctx, s);
  const { flow } = ctx;
  const [name, detail] = columns(flow.width, [46, undefined]);
  for (const { item, resource } of d.resources) {
    const caution = resource?.caution ? [nl, text(`${label(s, 'caution')}: `, { face: 'bold', size: SIZE.small }), text(resource.caution)] : [];
    flow.row({
      border: 'below',
      cells: [
        { width: name, atoms: [text(resource?.name ?? item.resource, { face: 'bold' }), ...(resource ? [nl, small(resource.category)] : [])] },
        { width: detail, atoms: [...resourceDescription(s, resource, d.case.interviewDate), ...caution], where: s.title },
      ],
    });
  }
}

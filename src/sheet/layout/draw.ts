import type { PdfDocument } from '../pdf/document.js';
import { COLOR } from './styles.js';

// Symbols are drawn as vector shapes: BIZ UDPGothic (like many Japanese fonts) has no ☐ or ✔,
// and a shape prints the same whatever font the office chooses.

/** A check box with its top-left corner at (x, y); ticked when `checked`. */
export function drawBox(pdf: PdfDocument, x: number, y: number, size: number, checked: boolean): void {
  pdf.strokeRect(x, y, size, size, 0.7, COLOR.text);
  if (checked) {
    const at = (fx: number, fy: number): [number, number] => [x + size * fx, y + size * fy];
    pdf.polyline([at(0.2, 0.52), at(0.42, 0.76), at(0.82, 0.22)], Math.max(1, size * 0.14), COLOR.text, true);
  }
}

/** A horizontal rule. */
export function drawRule(pdf: PdfDocument, x1: number, x2: number, y: number, width = 0.5, color: string = COLOR.rule): void {
  pdf.polyline([[x1, y], [x2, y]], width, color);
}

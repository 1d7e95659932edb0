// A small SVG icon for each verdict level (a tick, a question, a triangle, an octagon), so a level is told
// by shape and word as well as colour. Built with DOM calls only; decorative (hidden from screen readers).
import type { Level } from '../engine/types.js';

const SVG = 'http://www.w3.org/2000/svg';

const SHAPES: Record<Level, { outline: string; mark: string }> = {
  none: { outline: 'M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z', mark: 'M7 12.5l3.2 3.2L17 9' },
  caution: { outline: 'M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z', mark: 'M12 7v6M12 16.5v.5' },
  warning: { outline: 'M12 2.5L22.5 21h-21z', mark: 'M12 9v6M12 17.5v.5' },
  danger: { outline: 'M8 2h8l6 6v8l-6 6H8l-6-6V8z', mark: 'M12 6.5v7.5M12 17v.5' },
};

export function levelIcon(doc: Document, level: Level): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', 'level-icon');
  const outline = doc.createElementNS(SVG, 'path');
  outline.setAttribute('d', SHAPES[level].outline);
  outline.setAttribute('fill', 'none');
  outline.setAttribute('stroke', 'currentColor');
  outline.setAttribute('stroke-width', '2');
  outline.setAttribute('stroke-linejoin', 'round');
  const mark = doc.createElementNS(SVG, 'path');
  mark.setAttribute('d', SHAPES[level].mark);
  mark.setAttribute('fill', 'none');
  mark.setAttribute('stroke', 'currentColor');
  mark.setAttribute('stroke-width', '2.4');
  mark.setAttribute('stroke-linecap', 'round');
  svg.append(outline, mark);
  return svg;
}

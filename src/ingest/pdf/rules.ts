/** A horizontal rule drawn on the page (top-left origin). */
export interface Rule {
  x1: number;
  x2: number;
  y: number;
}

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** The operator codes this module reads (pdfjs `OPS`). */
export interface PathOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  rectangle: number;
  moveTo: number;
  lineTo: number;
  curveTo: number;
  curveTo2: number;
  curveTo3: number;
}

/** Thicker than this is a filled box, not a rule. */
const MAX_THICKNESS = 3;

/**
 * Horizontal rules (stroked lines and thin filled rectangles) from a pdfjs operator
 * list, placed with the viewport transform so they share the text's coordinates.
 * The footnote separator is one of these.
 *
 * @example findRules(opList.fnArray, opList.argsArray, OPS, viewport.transform) // [{ x1: 72, x2: 216, y: 690 }]
 */
export function findRules(fnArray: readonly number[], argsArray: readonly unknown[], ops: PathOps, viewport: number[], limit = 5000): Rule[] {
  const rules: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm = viewport.slice(0, 6) as Matrix;
  const push = (a: [number, number], b: [number, number]) => {
    const thickness = Math.abs(a[1] - b[1]);
    const width = Math.abs(a[0] - b[0]);
    if (thickness <= MAX_THICKNESS && width > 8 * Math.max(thickness, 0.5) && rules.length < limit) {
      rules.push({ x1: Math.min(a[0], b[0]), x2: Math.max(a[0], b[0]), y: (a[1] + b[1]) / 2 });
    }
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = multiply(ctm, argsArray[i] as Matrix);
    else if (fn === ops.constructPath) {
      const [pathOps, coords] = argsArray[i] as [number[], number[]];
      let k = 0;
      let cur: [number, number] = [0, 0];
      for (const op of pathOps) {
        if (op === ops.rectangle) {
          const [x, y, w, h] = coords.slice(k, k + 4);
          k += 4;
          const a = apply(ctm, x, y + h / 2);
          const b = apply(ctm, x + w, y + h / 2);
          const thick = Math.abs(apply(ctm, x, y + h)[1] - apply(ctm, x, y)[1]);
          if (thick <= MAX_THICKNESS) push(a, [b[0], a[1] + (b[1] - a[1])]);
        } else if (op === ops.moveTo) {
          cur = [coords[k], coords[k + 1]];
          k += 2;
        } else if (op === ops.lineTo) {
          const next: [number, number] = [coords[k], coords[k + 1]];
          k += 2;
          push(apply(ctm, cur[0], cur[1]), apply(ctm, next[0], next[1]));
          cur = next;
        } else if (op === ops.curveTo) k += 6;
        else if (op === ops.curveTo2 || op === ops.curveTo3) k += 4;
      }
    }
  }
  return rules;
}

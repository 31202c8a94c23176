/**
 * Node positions computed at build time, so the browser gets a plain SVG and
 * no graph library. Two shapes: columns (sources left, asserters right) for
 * the whole corpus, a ring around one entity for its page.
 */
import { excerpt } from './text.ts';

export type NodeKind = 'article' | 'cited' | 'asserter' | 'entity';

export interface GraphNode {
  /** Unique within one graph. */
  key: string;
  kind: NodeKind;
  label: string;
  href: string;
}

export interface GraphEdge {
  from: string;
  to: string;
}

export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
  /** The label's side of the node. */
  anchor: 'start' | 'middle' | 'end';
  /** The label cut to fit; the full one goes in the node's title. */
  shortLabel: string;
  labelX: number;
  labelY: number;
  /** Where links leave the node: after its label in columns, so they do not cross it. */
  outX: number;
}

export interface PlacedEdge {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Layout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

const columnWidth = 330;
const rowGap = 36;
const margin = 24;
const labelChars = 40;
/** An average character of the 13px label font, enough to clear the label. */
const labelCharWidth = 7;

function placeEdges(nodes: readonly PlacedNode[], edges: readonly GraphEdge[]): PlacedEdge[] {
  const at = new Map(nodes.map((n) => [n.key, n]));
  return edges.flatMap(({ from, to }) => {
    const a = at.get(from);
    const b = at.get(to);
    return a === undefined || b === undefined ? [] : [{ key: `${from}>${to}`, x1: a.outX, y1: a.y, x2: b.x, y2: b.y }];
  });
}

/** Each column after the first is sorted by the mean row of its neighbours to its left, which keeps lines short. */
function orderColumns(columns: readonly (readonly GraphNode[])[], edges: readonly GraphEdge[]): GraphNode[][] {
  const row = new Map<string, number>();
  const neighbours = new Map<string, string[]>();
  for (const { from, to } of edges) {
    for (const [a, b] of [[from, to], [to, from]] as const) {
      const list = neighbours.get(a);
      if (list === undefined) neighbours.set(a, [b]);
      else list.push(b);
    }
  }
  return columns.map((column) => {
    const weight = (node: GraphNode): number => {
      const rows = (neighbours.get(node.key) ?? []).flatMap((key) => row.get(key) ?? []);
      return rows.length === 0 ? Number.POSITIVE_INFINITY : rows.reduce((a, b) => a + b, 0) / rows.length;
    };
    const weights = new Map(column.map((node) => [node.key, row.size === 0 ? 0 : weight(node)]));
    const ordered = row.size === 0 ? [...column] : [...column].sort((a, b) => (weights.get(a.key) ?? 0) - (weights.get(b.key) ?? 0));
    ordered.forEach((node, i) => row.set(node.key, i));
    return ordered;
  });
}

export function columnLayout(columns: readonly (readonly GraphNode[])[], edges: readonly GraphEdge[]): Layout {
  const rows = Math.max(1, ...columns.map((c) => c.length));
  const height = rows * rowGap + margin * 2;
  const nodes = orderColumns(columns, edges).flatMap((column, i) => {
    // Top-aligned, so a phone's first screen shows the start of every column's links.
    const top = margin + rowGap / 2;
    return column.map((node, j): PlacedNode => {
      const x = margin + i * columnWidth;
      const y = top + j * rowGap;
      const shortLabel = excerpt(node.label, labelChars);
      return { ...node, x, y, anchor: 'start', shortLabel, labelX: x + 10, labelY: y + 4, outX: x + 14 + shortLabel.length * labelCharWidth };
    });
  });
  return { width: columns.length * columnWidth, height, nodes, edges: placeEdges(nodes, edges) };
}

const ringWidth = 760;
const ringHeight = 400;
const radius = 140;
const ringLabelChars = 26;

export function ringLayout(center: GraphNode, around: readonly GraphNode[], edges: readonly GraphEdge[]): Layout {
  const cx = ringWidth / 2;
  const cy = ringHeight / 2;
  const middle: PlacedNode = {
    ...center,
    x: cx,
    y: cy,
    anchor: 'middle',
    shortLabel: excerpt(center.label, ringLabelChars),
    labelX: cx,
    labelY: cy - 14,
    outX: cx,
  };
  const ring = around.map((node, i): PlacedNode => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / around.length;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const x = Math.round(cx + radius * 1.2 * cos);
    const y = Math.round(cy + radius * sin);
    const anchor = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
    const labelX = x + (anchor === 'start' ? 10 : anchor === 'end' ? -10 : 0);
    const labelY = anchor === 'middle' ? y + (sin < 0 ? -12 : 20) : y + 4;
    return { ...node, x, y, anchor, shortLabel: excerpt(node.label, ringLabelChars), labelX, labelY, outX: x };
  });
  return fitted([middle, ...ring], edges);
}

/** The box a node and its label take: the label's width estimated from its characters. */
function extent(node: PlacedNode): { left: number; right: number; top: number; bottom: number } {
  const width = node.shortLabel.length * labelCharWidth;
  const [labelLeft, labelRight] = node.anchor === 'start' ? [node.labelX, node.labelX + width] : node.anchor === 'end' ? [node.labelX - width, node.labelX] : [node.labelX - width / 2, node.labelX + width / 2];
  const r = 10;
  return { left: Math.min(node.x - r, labelLeft), right: Math.max(node.x + r, labelRight), top: Math.min(node.y - r, node.labelY - 14), bottom: Math.max(node.y + r, node.labelY + 4) };
}

/**
 * The nodes moved to the top left and the drawing cut to what they take, so
 * that an entity with one or two links is a small picture a phone shows
 * whole, not two dots in the middle of an empty box it must scroll to.
 */
function fitted(nodes: readonly PlacedNode[], edges: readonly GraphEdge[]): Layout {
  const boxes = nodes.map(extent);
  const left = Math.min(...boxes.map((b) => b.left)) - margin;
  const top = Math.min(...boxes.map((b) => b.top)) - margin;
  const moved = nodes.map((n) => ({ ...n, x: n.x - left, y: n.y - top, labelX: n.labelX - left, labelY: n.labelY - top, outX: n.outX - left }));
  const width = Math.ceil(Math.max(...boxes.map((b) => b.right)) - left + margin);
  const height = Math.ceil(Math.max(...boxes.map((b) => b.bottom)) - top + margin);
  return { width, height, nodes: moved, edges: placeEdges(moved, edges) };
}

import { describe, expect, it } from 'vitest';
import { ringLayout, type GraphNode, type Layout } from '../../src/site/graph-layout.ts';

const node = (key: string, label = `Party ${key}`): GraphNode => ({ key, kind: 'asserter', label, href: `/entities/${key}/` });

/** Every node, and its label at about 7 px a character, inside the drawing. */
function inside(layout: Layout): boolean {
  return layout.nodes.every((n) => {
    const width = n.shortLabel.length * 7;
    const left = n.anchor === 'start' ? n.labelX : n.anchor === 'end' ? n.labelX - width : n.labelX - width / 2;
    return n.x - 9 >= 0 && n.x + 9 <= layout.width && left >= 0 && left + width <= layout.width && n.y - 9 >= 0 && n.y + 9 <= layout.height && n.labelY <= layout.height;
  });
}

describe('the ring of links around an entity', () => {
  it('draws an entity with one link as a picture narrow enough for a phone', () => {
    const center: GraphNode = { ...node('center', 'leaked commercial documents reviewed by this news agency'), kind: 'entity' };
    const layout = ringLayout(center, [node('a', 'Leaked papers suggest Dubai shipper moved Russian crude')], [{ from: 'a', to: 'center' }]);
    expect(layout.width).toBeLessThan(340);
    expect(inside(layout)).toBe(true);
    expect(layout.edges).toHaveLength(1);
  });

  it('keeps every node and label of a full ring inside the drawing, and the links on their nodes', () => {
    const around = Array.from({ length: 14 }, (_, i) => node(`n${i}`, `A rather long party name number ${i}`));
    const layout = ringLayout({ ...node('center'), kind: 'entity' }, around, around.map((n) => ({ from: n.key, to: 'center' })));
    expect(inside(layout)).toBe(true);
    const at = new Map(layout.nodes.map((n) => [n.key, n]));
    for (const edge of layout.edges) {
      const [from, to] = edge.key.split('>');
      expect([edge.x1, edge.y1, edge.x2, edge.y2]).toEqual([at.get(from!)!.outX, at.get(from!)!.y, at.get(to!)!.x, at.get(to!)!.y]);
    }
  });
});

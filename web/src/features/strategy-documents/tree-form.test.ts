import { describe, expect, it } from 'vitest';
import type { DraftKpi } from './api.ts';
import { kpiFormOf } from './draft-form.ts';
import { addNode, deleteBlocker, deleteNode, nodeDocuments, nodeFormsOf, nodeOfIssue, nodeOptionLabel, outlineOrder, renameNode } from './tree-form.ts';

const NODES = [
  { id: 'N01', parent: null, level: 'goal', name: '地方に仕事をつくる', code: '1', source: { page: 1, line: 1, text: '基本目標１　地方に仕事をつくる' } },
  { id: 'N02', parent: 'N01', level: 'output', name: '農林業の振興', code: '1' },
  { id: 'N03', parent: null, level: 'goal', name: 'ひとの流れをつくる', code: '2' },
];
const kpi = (node: string) =>
  kpiFormOf(
    {
      id: 'K001',
      node,
      name: '新規就農者数',
      unit: '人',
      direction: 'increase',
      baseline: null,
      targets: [],
      target_text: null,
      source: { page: 1, line: 3, text: '' },
      layout: 'inline',
      confidence: 1,
      warnings: [],
    } as DraftKpi,
    '0',
  );

describe('the logic model under review', () => {
  it('renames a node, adds one under a node (in outline order) and at the top, with the next free ids', () => {
    let nodes = renameNode(nodeFormsOf(NODES), 'N02', '（1）農林業の振興');
    nodes = addNode(nodes, '（2）観光の振興', 'N01');
    nodes = addNode(nodes, '基本目標3', null);
    expect(outlineOrder(nodes).map((n) => [n.id, n.name, nodeOptionLabel(nodes, n)])).toEqual([
      ['N01', '地方に仕事をつくる', '地方に仕事をつくる'],
      ['N02', '（1）農林業の振興', '\u3000（1）農林業の振興'],
      ['N04', '（2）観光の振興', '\u3000（2）観光の振興'],
      ['N03', 'ひとの流れをつくる', 'ひとの流れをつくる'],
      ['N05', '基本目標3', '基本目標3'],
    ]);
    expect(nodeDocuments(nodes)).toEqual([
      { id: 'N01', parent: null, level: 'goal', name: '地方に仕事をつくる', code: '1', source: { page: 1, line: 1, text: '基本目標１　地方に仕事をつくる' } },
      { id: 'N02', parent: 'N01', level: 'output', name: '（1）農林業の振興', code: '1' },
      { id: 'N04', parent: 'N01', name: '（2）観光の振興' },
      { id: 'N03', parent: null, level: 'goal', name: 'ひとの流れをつくる', code: '2' },
      { id: 'N05', parent: null, name: '基本目標3' },
    ]);
    expect(nodeOfIssue('nodes[2].name', nodes)?.name).toBe('（2）観光の振興');
    expect(nodeOfIssue('kpis[0].name', nodes)).toBeNull();
  });

  it('deletes only an empty node: not one holding a KPI, not one with nodes under it', () => {
    const nodes = nodeFormsOf(NODES);
    const kpis = [kpi('N02')];
    expect([deleteBlocker(nodes, kpis, 'N02'), deleteBlocker(nodes, kpis, 'N01'), deleteBlocker(nodes, kpis, 'N03')]).toEqual(['kpis', 'children', null]);
    expect(deleteNode(nodes, kpis, 'N02').map((n) => n.id)).toEqual(['N01', 'N02', 'N03']);
    expect(deleteNode(nodes, kpis, 'N03').map((n) => n.id)).toEqual(['N01', 'N02']);
    // the KPI moved away, N02 can go, and then N01
    const moved = [{ ...kpis[0]!, node: 'N03' }];
    const after = deleteNode(deleteNode(nodes, moved, 'N02'), moved, 'N01');
    expect(after.map((n) => n.id)).toEqual(['N03']);
  });
});

import { describe, expect, it } from 'vitest';
import { committeeTree, possibleParents } from '../../client/committees/committee-tree';

describe('committee tree', () => {
  it('nests subgroups under their parents in the given order', () => {
    const tree = committeeTree([
      { id: 'ag', parent: null },
      { id: 'ag-r1', parent: { id: 'ag' } },
      { id: 'sz2' },
      { id: 'ag-r2', parent: { id: 'ag' } },
      { id: 'ag-r2-x', parent: { id: 'ag-r2' } },
    ]);
    const ids = (nodes: typeof tree): unknown[] => nodes.map((node) => [node.item.id, ids(node.children)]);
    expect(ids(tree)).toEqual([
      [
        'ag',
        [
          ['ag-r1', []],
          ['ag-r2', [['ag-r2-x', []]]],
        ],
      ],
      ['sz2', []],
    ]);
  });

  it('keeps a committee whose parent is not in the list, at the top', () => {
    expect(committeeTree([{ id: 'ag-r1', parent: { id: 'ag' } }]).map((node) => node.item.id)).toEqual(['ag-r1']);
  });

  it('offers as parents every committee but the one itself and those below it', () => {
    const committees = [
      { id: 'ag', parent: null },
      { id: 'ag-r2-x', parent: { id: 'ag-r2' } },
      { id: 'ag-r2', parent: { id: 'ag' } },
      { id: 'sz2' },
    ];
    const ids = (list: { id: string }[]) => list.map((c) => c.id);
    expect(ids(possibleParents(committees, 'ag'))).toEqual(['sz2']);
    expect(ids(possibleParents(committees, 'ag-r2'))).toEqual(['ag', 'sz2']);
    expect(ids(possibleParents(committees, null))).toEqual(['ag', 'ag-r2-x', 'ag-r2', 'sz2']);
  });
});

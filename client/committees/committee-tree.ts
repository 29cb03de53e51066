export interface TreeNode<T> {
  item: T;
  children: TreeNode<T>[];
}

/**
 * Committees nested under their parents, in the order given. One whose parent is not in the
 * list starts a tree of its own, so nothing is lost when a list is partial.
 */
export function committeeTree<T extends { id: string; parent?: { id: string } | null }>(
  committees: readonly T[],
): TreeNode<T>[] {
  const nodes = new Map(committees.map((item) => [item.id, { item, children: [] as TreeNode<T>[] }]));
  const roots: TreeNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.item.parent ? nodes.get(node.item.parent.id) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/**
 * The committees a committee may be placed below: all but itself and those below it, since
 * the server refuses a committee as its own ancestor. A new committee (null) may go anywhere.
 */
export function possibleParents<T extends { id: string; parent?: { id: string } | null }>(
  committees: readonly T[],
  committeeId: string | null,
): T[] {
  if (!committeeId) return [...committees];
  const below = new Set([committeeId]);
  for (let grown = true; grown; ) {
    grown = false;
    for (const committee of committees) {
      if (committee.parent && below.has(committee.parent.id) && !below.has(committee.id)) {
        below.add(committee.id);
        grown = true;
      }
    }
  }
  return committees.filter((committee) => !below.has(committee.id));
}

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

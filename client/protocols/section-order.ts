export interface OrderedSection {
  id: string;
  order: number;
}

/**
 * The order changes that move the section at `index` by `offset` places (−1 up, +1 down):
 * the sections numbered 0, 1, 2… in their new sequence, and only those whose number differs.
 * Numbering afresh also settles sections that share a number. Nothing when the move leaves the list.
 */
export function moveSection(sections: readonly OrderedSection[], index: number, offset: number): OrderedSection[] {
  const target = index + offset;
  const moving = sections[index];
  if (!moving || target < 0 || target >= sections.length) return [];
  const sequence = sections.filter((_, position) => position !== index);
  sequence.splice(target, 0, moving);
  return sequence.flatMap((section, order) => (section.order === order ? [] : [{ id: section.id, order }]));
}

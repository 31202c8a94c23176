import type { EntityKind } from '../pipeline/schema.ts';

export const kindLabel: Record<EntityKind, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  organization: { one: 'Organisation', many: 'Organisations' },
  group: { one: 'Group', many: 'Groups' },
  place: { one: 'Place', many: 'Places' },
  equipment: { one: 'Equipment', many: 'Equipment' },
  other: { one: 'Other', many: 'Other' },
};

export const kindOrder: readonly EntityKind[] = ['person', 'organization', 'group', 'place', 'equipment', 'other'];

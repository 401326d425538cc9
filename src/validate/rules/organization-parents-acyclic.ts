import type { Rule } from '../rule.js';

/**
 * Following parent from any organization ends at a body without a parent: no organization is its
 * own ancestor.
 */
export const organizationParentsAcyclic: Rule = {
  name: 'organization-parents-acyclic',
  // Each organization is walked once: a walk stops at a body already settled, so the whole check
  // is linear in the number of organizations, however long the chains.
  check(records, { byId }, report) {
    const settled = new Set<string>();
    for (const start of records.organizations) {
      const path: string[] = [];
      const onPath = new Set<string>();
      let current: string | null = start.id;
      while (current !== null && !settled.has(current)) {
        if (onPath.has(current)) {
          const cycle = path.slice(path.indexOf(current));
          report(
            'organizations',
            current,
            ['parent'],
            `parent makes a cycle: ${[...cycle, current].join(' -> ')}`,
          );
          break;
        }
        path.push(current);
        onPath.add(current);
        current = byId.organizations.get(current)?.parent ?? null;
      }
      for (const id of path) settled.add(id);
    }
  },
};

import { ruleCases } from '../../../support/problems-after.js';

ruleCases('organization-parents-acyclic', [
  [
    (input) => void ((input.organizations?.[0] as { parent?: string }).parent = 'command-a'),
    'organizations/command-a: parent: parent makes a cycle: command-a -> ministry-a -> command-a',
  ],
]);

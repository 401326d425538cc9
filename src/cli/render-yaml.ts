import { stringify } from 'yaml';

/**
 * A record as YAML, for `mnd-mps show`. In a module of its own so that the CLI loads the yaml
 * package only when it shows a record.
 */
export const renderYaml = (value: unknown): string =>
  stringify(value, { lineWidth: 100 }).trimEnd();

/** The part of the Frictionless `datapackage` library (which ships no types) that the tests use. */
declare module 'datapackage' {
  export function validate(descriptor: unknown): Promise<{ valid: boolean; errors: Error[] }>;
}

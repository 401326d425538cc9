// ESLint with typescript-eslint's recommended rules; Prettier owns the formatting.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist.tmp/',
      'src/generated/',
      'docs/api/',
      'docs/catalogue/',
      'coverage/',
      'bench/.consumer/',
      'node_modules/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Unused names are errors, except those marked unused on purpose with a leading underscore.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Control characters are matched on purpose: terminal escapes in messages, CR in texts.
      'no-control-regex': 'off',
    },
  },
);

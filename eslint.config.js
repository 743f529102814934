// See: https://typescript-eslint.io/getting-started/typed-linting
// The typescript-action template's set: ESLint's recommended rules and typescript-eslint's recommended
// type-checked rules. Prettier stays the formatter (none of these rules is about layout).
import eslint from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  // src/schema/compiled/ is ajv's generated code (npm run schemas).
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'build/', '__tests__/fixtures/', 'src/schema/compiled/'] },
  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'bench/*.mjs', 'scripts/*.mjs'] } }
    },
    rules: {
      // A leading underscore marks a binding kept on purpose (an ignored parameter, a key left out of a rest).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }
      ],
      // Escaping and poisoning checks match control, invisible and combining characters on purpose.
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
      // jsonc-parser's SyntaxKind and the SDK's ErrorCode are compared as the numbers they arrive as.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // An async function with no await still turns its throws into rejections, which its callers rely on.
      '@typescript-eslint/require-await': 'off'
    }
  },
  {
    files: ['__tests__/**/*.ts'],
    rules: {
      // Tests read JSON output (JSON.parse gives any) and assert its shape; the assertions are the check.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off'
    }
  },
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] }
)

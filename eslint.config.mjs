import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const NO_APP_IMPORTS = {
  group: ['@/app/*', '**/app/*'],
  message: 'lib/ e components/ não importam de app/.',
};
const STAFF_ONLY_PENDENCIAS = {
  name: '@/lib/services/pendencias',
  importNames: ['pendenciasParaBalcao'],
  message: 'Os textos das pendências internas são só para o balcão.',
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      // Private builds (NEXT_DIST_DIR), e.g. the ERP benchmark's .next-erp.
      '.next-*/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'e2e/artifacts/**',
      'next-env.d.ts',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Layers (ARCHITECTURE.md): app/ holds routes only and depends on lib/ and components/, never the reverse.
    files: ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_APP_IMPORTS] }] },
  },
  {
    // The ERP's internal notices are staff text: kiosk pages, kiosk actions and the API never get them.
    files: ['app/(kiosk)/**/*.{ts,tsx}', 'app/api/**/*.{ts,tsx}', 'lib/actions/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [NO_APP_IMPORTS], paths: [STAFF_ONLY_PENDENCIAS] }],
    },
  },
];

export default config;

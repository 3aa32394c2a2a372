// Running vitest directly (npx vitest run tests/...) takes the same settings as `npm test`, and
// never vite.config.ts, which builds the interface from renderer/.
export { default } from './tests/vitest.config.ts';

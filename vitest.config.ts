// Tests run from the repository root with vitest's defaults. This file exists so that vitest does
// not take vite.config.ts, which builds the interface from renderer/.
import { defineConfig } from 'vitest/config';

export default defineConfig({});

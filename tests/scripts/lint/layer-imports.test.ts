// The layer rule as eslint.config.js sets it up: for each layer, an import of a layer it may not
// use is refused whether written as an alias or as a relative path, the packages it must not use
// are refused, a relative path into another layer asks for the alias, and allowed imports pass.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: REPO_ROOT });

/** The layer rule's messages (and any parse error) for code in a file at this path. */
async function layerMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(REPO_ROOT, filePath) });
  return result!.messages
    .filter((message) => message.ruleId === 'portal/layer-imports' || message.fatal)
    .map((message) => message.message);
}

interface LayerCase {
  /** A file of the layer; it need not exist. */
  readonly file: string;
  /** Specifiers the rule refuses, each with a part of the message it must give. */
  readonly refused: readonly (readonly [string, string])[];
  readonly allowed: readonly string[];
}

const LAYERS: Record<string, LayerCase> = {
  shared: {
    file: 'electron/shared/contract.ts',
    refused: [
      ['#core/portal.ts', 'shared may not import core'],
      ['../core/portal.ts', 'shared may not import core'],
      ['#renderer/main.tsx', 'shared may not import renderer'],
      ['electron', "shared may not use 'electron'"],
      ['node:fs', "shared may not use 'node:fs'"],
      ['fs', "shared may not use 'fs'"],
      ['react', "shared may not use 'react'"],
    ],
    allowed: ['./api.ts', 'zod'],
  },
  core: {
    file: 'electron/core/ingest/pdf/extract.ts',
    refused: [
      ['#main/index.ts', 'core may not import main'],
      ['../../../main/index.ts', 'core may not import main'],
      ['#preload/index.ts', 'core may not import preload'],
      ['../../../../renderer/src/main.tsx', 'core may not import renderer'],
      ['../../../../scripts/cli/commands.ts', 'core may not import cli'],
      ['electron', "core may not use 'electron'"],
      ['../../../shared/api.ts', "leaves core for shared: import it as '#shared/api.ts'"],
    ],
    allowed: [
      '#shared/api.ts',
      './open-pdf.ts',
      '../../text/text-version.ts',
      'node:fs',
      'pdfjs-dist',
    ],
  },
  main: {
    file: 'electron/main/window.ts',
    refused: [
      ['#renderer/main.tsx', 'main may not import renderer'],
      ['../../renderer/src/main.tsx', 'main may not import renderer'],
      ['#preload/index.ts', 'main may not import preload'],
      ['../preload/index.ts', 'main may not import preload'],
      ['#cli/commands.ts', 'main may not import cli'],
      ['../core/portal.ts', "leaves main for core: import it as '#core/portal.ts'"],
    ],
    allowed: [
      'electron',
      '#core/portal.ts',
      '#shared/ipc-channel.ts',
      './app-origin.ts',
      'node:path',
    ],
  },
  preload: {
    file: 'electron/preload/bridge.ts',
    refused: [
      ['#main/ipc-handlers.ts', 'preload may not import main'],
      ['../main/ipc-handlers.ts', 'preload may not import main'],
      ['#core/portal.ts', 'preload may not import core'],
    ],
    allowed: ['electron', '#shared/ipc-channel.ts', './portal-bridge.ts'],
  },
  ocr: {
    file: 'electron/ocr/ocr-worker.ts',
    refused: [
      ['#main/index.ts', 'ocr may not import main'],
      ['../main/index.ts', 'ocr may not import main'],
      ['#renderer/main.tsx', 'ocr may not import renderer'],
      ['electron', "ocr may not use 'electron'"],
    ],
    allowed: [
      '#core/text/text-version.ts',
      '#shared/types.ts',
      './recognise.ts',
      'node:worker_threads',
    ],
  },
  renderer: {
    file: 'renderer/src/app/Screen.tsx',
    refused: [
      ['#core/portal.ts', 'renderer may not import core'],
      ['../../../electron/core/portal.ts', 'renderer may not import core'],
      ['../../../electron/core/text/text-version.ts?url', 'renderer may not import core'],
      ['#main/index.ts', 'renderer may not import main'],
      ['#static-copy/page.ts', 'renderer may not import static-copy'],
      ['electron', "renderer may not use 'electron'"],
      ['node:path', "renderer may not use 'node:path'"],
    ],
    allowed: ['#shared/api.ts', '../api/index.ts', 'react'],
  },
  'static-copy': {
    file: 'renderer/static-copy/page.ts',
    refused: [
      ['#renderer/app/App.tsx', 'static-copy may not import renderer'],
      ['../src/app/App.tsx', 'static-copy may not import renderer'],
      ['#core/portal.ts', 'static-copy may not import core'],
      ['electron', "static-copy may not use 'electron'"],
      ['node:fs', "static-copy may not use 'node:fs'"],
    ],
    allowed: ['#shared/types.ts', './search-index.ts', 'lunr'],
  },
  cli: {
    file: 'scripts/cli/command.ts',
    refused: [
      ['#scripts/bench/engine-bench.ts', 'cli may not import scripts'],
      ['../bench/engine-bench.ts', 'cli may not import scripts'],
      ['#main/index.ts', 'cli may not import main'],
      ['electron', "cli may not use 'electron'"],
    ],
    allowed: ['#core/portal.ts', '#shared/types.ts', './format-report.ts', 'node:fs'],
  },
  'cli entry': {
    file: 'scripts/portal.ts',
    refused: [
      ['./bench/engine-bench.ts', 'cli may not import scripts'],
      ['../electron/main/index.ts', 'cli may not import main'],
    ],
    allowed: ['./cli/commands.ts', '#cli/commands.ts'],
  },
  scripts: {
    file: 'scripts/bench/bench.ts',
    refused: [
      ['#main/index.ts', 'scripts may not import main'],
      ['../../electron/main/index.ts', 'scripts may not import main'],
      ['../../tests/helpers/temp-folder.ts', 'scripts may not import tests'],
      ['#renderer/main.tsx', 'scripts may not import renderer'],
      ['electron', "scripts may not use 'electron'"],
      ['../cli/commands.ts', "leaves scripts for cli: import it as '#cli/commands.ts'"],
    ],
    allowed: ['#cli/commands.ts', '#core/portal.ts', '../headless-chromium.ts', 'playwright-core'],
  },
  tests: {
    file: 'tests/core/engine.test.ts',
    refused: [
      ['../../electron/core/portal.ts', "leaves tests for core: import it as '#core/portal.ts'"],
      ['../../package.json', "'../../package.json' leads to package.json, in no layer"],
    ],
    allowed: [
      '#main/index.ts',
      '#preload/portal-bridge.ts',
      '#renderer/main.tsx',
      'electron',
      '../helpers/temp-folder.ts',
    ],
  },
};

describe.each(Object.entries(LAYERS))('%s', (_layer, { file, refused, allowed }) => {
  it.each(refused)('refuses %s', async (specifier, message) => {
    const messages = await layerMessages(file, `import '${specifier}';\n`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(message);
  });

  it.each(allowed)('allows %s', async (specifier) => {
    expect(await layerMessages(file, `import '${specifier}';\n`)).toEqual([]);
  });
});

describe('every way of naming a module', () => {
  const FORMS = [
    `import { openPortal } from '#main/index.ts';`,
    `import type { Portal } from '#main/index.ts';`,
    `export * from '#main/index.ts';`,
    `export { openPortal } from '#main/index.ts';`,
    `export type { Portal } from '#main/index.ts';`,
    `const main = await import('#main/index.ts');`,
    `type Main = typeof import('#main/index.ts');`,
    `vi.mock('#main/index.ts');`,
  ];

  it.each(FORMS)('is checked: %s', async (code) => {
    const messages = await layerMessages('electron/core/portal.ts', `${code}\n`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('core may not import main');
  });
});

describe('messages', () => {
  it("name what the importing layer may use, in each layer's own words", async () => {
    const [core] = await layerMessages('electron/core/portal.ts', `import '#main/index.ts';\n`);
    const [renderer] = await layerMessages('renderer/src/main.tsx', `import '#main/index.ts';\n`);
    expect(core).toContain('core imports only shared and core, since the engine');
    expect(renderer).toContain('renderer imports only shared and renderer, since the interface');
  });

  it('refuse an alias package.json does not define', async () => {
    const messages = await layerMessages('electron/core/portal.ts', `import '#engine/x.ts';\n`);
    expect(messages).toEqual(["'#engine/x.ts' is no alias of package.json#imports."]);
  });
});

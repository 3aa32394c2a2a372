// The installers' Electron binary has its fuses flipped by electron-builder: these are the settings
// it reads, named as its own schema names them (a misspelt key would be ignored or refused there).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '#scripts/portal-ui/renderer-build.ts';

const builderConfig = parse(readFileSync(join(REPO_ROOT, 'electron-builder.yml'), 'utf8')) as {
  electronFuses?: Record<string, unknown>;
};
const fuses = builderConfig.electronFuses ?? {};

const builderSchema = createRequire(import.meta.url)('app-builder-lib/scheme.json') as {
  definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
};

describe('electron-builder.yml electronFuses', () => {
  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['enableCookieEncryption', true],
    ['grantFileProtocolExtraPrivileges', false],
  ])('sets %s to %s', (fuse, value) => {
    expect(fuses[fuse]).toBe(value);
  });

  it("uses only names electron-builder's schema knows", () => {
    const known = Object.keys(builderSchema.definitions.FuseOptionsV1.properties);
    expect(Object.keys(fuses).filter((name) => !known.includes(name))).toEqual([]);
  });
});

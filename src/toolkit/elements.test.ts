import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENTS, STYLESHEETS, type WriterElement } from './elements.ts';

const here = import.meta.dirname;

test('each declared component has its .astro file beside the declaration, mapped for the MDX; one the pipeline renders has none', () => {
  const map = readFileSync(join(here, 'components.ts'), 'utf8');
  for (const element of Object.values(ELEMENTS) as WriterElement[]) {
    if (!element.component) continue;
    if (element.byPipeline) {
      assert.ok(!existsSync(join(here, `${element.component}.astro`)), `${element.component}: rendered by the pipeline, no component`);
      continue;
    }
    assert.ok(existsSync(join(here, `${element.component}.astro`)), `src/toolkit/${element.component}.astro is missing`);
    assert.match(map, new RegExp(`import ${element.component} from './${element.component}.astro'`));
  }
});

test('each stylesheet exists beside the declaration and is called for by some element', () => {
  for (const sheet of STYLESHEETS) {
    assert.ok(existsSync(join(here, `${sheet}.css`)), `src/toolkit/${sheet}.css is missing`);
    assert.ok(
      Object.values(ELEMENTS as Record<string, WriterElement>).some(
        (element) => element.stylesheet === sheet || element.shares?.includes(sheet),
      ),
      `no element uses ${sheet}.css`,
    );
  }
});

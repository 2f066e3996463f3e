// `import story from '../stories/x.ink'` gives the compiled story JSON as a string.
import type { Plugin } from 'vite';
import { compileInk } from './ink.ts';

export function inkPlugin(): Plugin {
  return {
    name: 'madoguchi-ink',
    transform(source, id) {
      if (!id.endsWith('.ink')) return null;
      const json = compileInk(id, source);
      return { code: `export default ${JSON.stringify(json)};`, map: null };
    },
  };
}

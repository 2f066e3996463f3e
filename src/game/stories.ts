// Each story is compiled at build time and loaded on demand: its chunk holds it and the story it compresses best
// with (src/build/story-chunks.ts), so a play loads two stories' chunk of about 15 KB gzipped.
const loaders = import.meta.glob<string>('../../stories/*.ink', { import: 'default' });

export async function loadStory(file: string): Promise<string> {
  const load = loaders[`../../stories/${file}`];
  if (!load) throw new Error(`story ${file} is not in stories/`);
  return load();
}

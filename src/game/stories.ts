// Each story is compiled at build time and loaded on demand (one small chunk per story).
const loaders = import.meta.glob<string>('../../stories/*.ink', { import: 'default' });

export async function loadStory(file: string): Promise<string> {
  const load = loaders[`../../stories/${file}`];
  if (!load) throw new Error(`story ${file} is not in stories/`);
  return load();
}

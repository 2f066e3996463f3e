declare module '*.ink' {
  /** Compiled story JSON (see src/build/vite-plugin-ink.ts). */
  const json: string;
  export default json;
}

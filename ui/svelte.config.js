// Runes only: no legacy Svelte 4 reactivity anywhere in the app.
export default {
  compilerOptions: { runes: true },
};

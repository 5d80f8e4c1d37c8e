// The sources every Learn page cites. The list is data (sources.json) because
// the Rust side reads the same file and opens a source's address only by its
// id: the webview never holds a web address it could open itself.
import list from './sources.json';

export interface Source {
  id: string;
  title: string;
  publisher: string;
  year: number | null;
  url: string;
}

export const SOURCES: readonly Source[] = list;

const byId = new Map(SOURCES.map((source, index) => [source.id, { source, number: index + 1 }]));

/** The source with this id, and the number it is shown with ([1], [2], …). */
export function citation(id: string): { source: Source; number: number } {
  const found = byId.get(id);
  if (!found) throw new Error(`Learn cites "${id}", which is not in sources.json`);
  return found;
}

export function isSourceId(id: string): boolean {
  return byId.has(id);
}

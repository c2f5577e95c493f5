/** The part of citation-js (untyped) the RIS test reads with: its RIS importer. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, any>[];
  }
}
declare module '@citation-js/plugin-ris';

/** Flags every command receives (declared once in src/cli/index.ts). */
export interface GlobalFlags {
  /** Print JSON instead of text (errors too, on stderr). */
  json?: boolean;
}

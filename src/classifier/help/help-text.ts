/** The shape of the help content files (one per locale). */
export interface HelpText {
  /** Short title for the category. */
  readonly title: string;
  /** Self-help steps, most useful first. */
  readonly steps: readonly string[];
  /** Category-specific items to prepare, added after the common ones. */
  readonly prepare: readonly string[];
  /** The team to hand over to, for categories that always need one. */
  readonly escalateTo?: 'security' | 'disputes';
  /** When to escalate, in words (for agents). */
  readonly escalateWhen?: string;
}

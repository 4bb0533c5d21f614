/** Why the relay refused a commenter's update, or null when a commenter may make it. */
export type Refusal = string | null;

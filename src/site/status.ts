import type { ClaimStatus } from '../pipeline/schema.ts';

interface StatusLook {
  label: string;
  /** A shape as well as a colour, so the status never rests on colour alone. */
  icon: string;
  meaning: string;
}

export const statusLook: Record<ClaimStatus, StatusLook> = {
  confirmed: { label: 'Confirmed', icon: '✔', meaning: 'the article or a party confirms it' },
  unverified: { label: 'Unverified', icon: '?', meaning: 'the article says it could not be checked' },
  disputed: { label: 'Disputed', icon: '!', meaning: 'someone questions or contradicts it' },
  denied: { label: 'Denied', icon: '✘', meaning: 'a party denies it' },
  unassessed: { label: 'Not assessed', icon: '–', meaning: 'the article does not say whether it holds' },
};

export const statusOrder: readonly ClaimStatus[] = ['confirmed', 'unverified', 'disputed', 'denied', 'unassessed'];

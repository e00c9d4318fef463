/** What a bank form's server action answers when it does not redirect: a Chinese error, per field when it can. */
export interface BankActionState {
  error?: string;
  errors?: Partial<Record<string, string>>;
}

export const NO_ERRORS: BankActionState = {};

import { State, type Card } from "ts-fsrs";

export type CardStateName = "NEW" | "LEARNING" | "REVIEW" | "RELEARNING";

/** An FSRS card as Dangke stores it (the columns of the Card table). */
export interface SrsCard {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardStateName;
  lastReview: Date | null;
}

const STATE_NAMES: Record<State, CardStateName> = {
  [State.New]: "NEW",
  [State.Learning]: "LEARNING",
  [State.Review]: "REVIEW",
  [State.Relearning]: "RELEARNING",
};

const STATES: Record<CardStateName, State> = { NEW: State.New, LEARNING: State.Learning, REVIEW: State.Review, RELEARNING: State.Relearning };

/** A card never reviewed, due at once. */
export function newCard(now: Date): SrsCard {
  return { due: now, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: "NEW", lastReview: null };
}

export function toFsrsCard(card: SrsCard): Card {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATES[card.state],
    ...(card.lastReview ? { last_review: card.lastReview } : {}),
  };
}

export function fromFsrsCard(card: Card): SrsCard {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_NAMES[card.state],
    lastReview: card.last_review ?? null,
  };
}

import "server-only";

/**
 * 错题本 and 收藏 grouped by module, then by knowledge point, with counts; and the scope a
 * learner picks to redo (a whole module, one knowledge point of it, or one question). The page
 * and the redo actions both go through here, so what a group shows is what its redo practises.
 */

/** The group key of questions without a module, or without a knowledge point. */
export const NO_GROUP = "none";

export interface GroupableQuestion {
  questionId: string;
  question: { module: { id: string; title: string; position: number } | null; knowledgePoint: { id: string; text: string } | null };
}

export interface PointGroup<T> {
  key: string;
  /** The knowledge point's text; null for questions tied to none. */
  label: string | null;
  items: T[];
}

export interface ModuleGroup<T> {
  key: string;
  /** The module's title; null for questions outside any module. */
  label: string | null;
  count: number;
  points: PointGroup<T>[];
}

/** What to redo: every item when empty, else those of a module, of one of its knowledge points, or one question. */
export interface GroupScope {
  module?: string;
  point?: string;
  question?: string;
}

const moduleKeyOf = (item: GroupableQuestion) => item.question.module?.id ?? NO_GROUP;
const pointKeyOf = (item: GroupableQuestion) => item.question.knowledgePoint?.id ?? NO_GROUP;

/**
 * Modules in course order (those without a module last); within one, knowledge points with
 * the most items first (ties by text, the ungrouped last); items keep the order given.
 */
export function groupByModuleAndPoint<T extends GroupableQuestion>(items: readonly T[]): ModuleGroup<T>[] {
  const modules = new Map<string, { group: ModuleGroup<T>; position: number; points: Map<string, PointGroup<T>> }>();
  for (const item of items) {
    const key = moduleKeyOf(item);
    let entry = modules.get(key);
    if (!entry) {
      entry = { group: { key, label: item.question.module?.title ?? null, count: 0, points: [] }, position: item.question.module?.position ?? Infinity, points: new Map() };
      modules.set(key, entry);
    }
    entry.group.count += 1;
    const point = pointKeyOf(item);
    let pointGroup = entry.points.get(point);
    if (!pointGroup) {
      pointGroup = { key: point, label: item.question.knowledgePoint?.text ?? null, items: [] };
      entry.points.set(point, pointGroup);
    }
    pointGroup.items.push(item);
  }
  return [...modules.values()]
    .sort((a, b) => a.position - b.position || (a.group.label ?? "").localeCompare(b.group.label ?? "", "zh-CN"))
    .map(({ group, points }) => ({
      ...group,
      points: [...points.values()].sort(
        (a, b) => Number(a.key === NO_GROUP) - Number(b.key === NO_GROUP) || b.items.length - a.items.length || (a.label ?? "").localeCompare(b.label ?? "", "zh-CN"),
      ),
    }));
}

/** The items a scope names, in the order given; a scope naming nothing the learner has yields none. */
export function itemsInScope<T extends GroupableQuestion>(items: readonly T[], scope: GroupScope): T[] {
  return items.filter(
    (item) =>
      (scope.module === undefined || moduleKeyOf(item) === scope.module) &&
      (scope.point === undefined || pointKeyOf(item) === scope.point) &&
      (scope.question === undefined || item.questionId === scope.question),
  );
}

import type { GoalStatus, NotePart } from '@/utils/model';
import { t, type MessageKey } from '@/utils/i18n';

const PART_KEYS: Record<NotePart, MessageKey> = {
  results: 'partResults',
  difficulties: 'partDifficulties',
  successes: 'partSuccesses',
  skills: 'partSkills',
  training: 'partTraining',
  management: 'partManagement',
  evolution: 'partEvolution',
  salary: 'partSalary',
  question: 'partQuestion',
  other: 'partOther',
};

const STATUS_KEYS: Record<GoalStatus, MessageKey> = {
  not_started: 'statusNotStarted',
  on_track: 'statusOnTrack',
  at_risk: 'statusAtRisk',
  achieved: 'statusAchieved',
  partly: 'statusPartly',
  missed: 'statusMissed',
  dropped: 'statusDropped',
};

export const partLabel = (part: NotePart): string => t(PART_KEYS[part]);
export const statusLabel = (status: GoalStatus): string => t(STATUS_KEYS[status]);

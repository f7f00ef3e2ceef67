/**
 * The words the importer recognises, as typed data (EN / NL / FR / DE).
 *
 * Every entry is written in its normalised form (`normaliseText`: lower case,
 * accents and punctuation removed, `ß` → `ss`, camelCase and letter/digit
 * boundaries split, single spaces) so lookups are exact `Map` hits; a unit
 * test checks that form and that no word belongs to two fields.
 */
import type { GoalField } from './types';
import type { GoalStatus, GoalKind, Direction } from '../model';

/** Lower case, no accents, no punctuation, `ß` → `ss`, camelCase split, single spaces. */
export function normaliseText(value: string): string {
  return value
    .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .replace(/(\p{N})(\p{L})/gu, '$1 $2')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Header words per goal field: a header whose normalised form (digits
 * dropped, so `key_result_2_title` reads `key result title`) equals one of
 * them is mapped with full confidence; longer headers containing one of the
 * multi-word or 5+ letter entries are mapped with less.
 */
export const HEADER_SYNONYMS: Readonly<Record<GoalField, readonly string[]>> = {
  title: [
    'title', 'goal', 'goal title', 'goal name', 'objective', 'objective title', 'objective name', 'kpi',
    'titel', 'doelstelling', 'naam doel', 'doel titel', 'objectif', 'titre', 'intitule', 'nom de l objectif',
    'ziel', 'zielsetzung', 'zieltitel', 'bezeichnung', 'name des ziels',
  ],
  description: [
    'description', 'details', 'goal description', 'notes', 'omschrijving', 'beschrijving', 'toelichting',
    'opmerkingen', 'doelomschrijving', 'remarques', 'descriptif', 'beschreibung', 'erlauterung', 'bemerkungen',
  ],
  kind: [
    'kind', 'type', 'goal type', 'metric type', 'measure type', 'soort', 'soort doel', 'type doel',
    'type d objectif', 'type de mesure', 'art', 'typ', 'zieltyp', 'zielart', 'messart',
  ],
  unit: ['unit', 'unit of measure', 'uom', 'metric unit', 'eenheid', 'meeteenheid', 'unite', 'unite de mesure', 'einheit', 'masseinheit'],
  baseline: [
    'baseline', 'start', 'start value', 'starting value', 'initial value', 'metric start value', 'min rating',
    'beginwaarde', 'startwaarde', 'uitgangswaarde', 'nulmeting', 'valeur de depart', 'valeur initiale', 'point de depart',
    'ausgangswert', 'startwert', 'anfangswert', 'basiswert',
  ],
  target: [
    'target', 'target value', 'metric target value', 'max rating', 'doel', 'streefwaarde', 'doelwaarde', 'norm',
    'cible', 'valeur cible', 'objectif chiffre', 'zielwert', 'sollwert',
  ],
  actual: [
    'actual', 'actual value', 'current value', 'current', 'realised', 'realized', 'result', 'achievement', 'achieved value',
    'gerealiseerd', 'realisatie', 'resultaat', 'werkelijk', 'huidige waarde', 'stand', 'realise', 'resultat',
    'valeur actuelle', 'valeur atteinte', 'istwert', 'ist', 'ergebnis', 'aktueller wert',
  ],
  direction: ['direction', 'polarity', 'richting', 'sens', 'richtung'],
  weight: ['weight', 'weighting', 'weightage', 'weging', 'gewicht', 'wegingsfactor', 'ponderation', 'poids', 'gewichtung'],
  dueDate: [
    'due date', 'due', 'due at', 'due on', 'deadline', 'end date', 'end', 'target date',
    'einddatum', 'vervaldatum', 'streefdatum', 'uiterste datum', 'datum gereed',
    'echeance', 'date d echeance', 'date limite', 'date de fin', 'date cible',
    'falligkeitsdatum', 'fallig am', 'frist', 'enddatum', 'zieldatum', 'termin',
  ],
  status: ['status', 'state', 'goal status', 'progress status', 'statut', 'etat', 'zustand'],
  progress: [
    'progress', 'completion', 'complete', 'percent complete', 'percentage complete', 'completion rate',
    'voortgang', 'percentage gereed', 'voltooiing', 'avancement', 'progression', 'taux d achevement',
    'fortschritt', 'erfullungsgrad', 'zielerreichung', 'zielerreichungsgrad',
  ],
  keyResultTitle: [
    'key result', 'key results', 'key result title', 'key results title', 'kr', 'kr title', 'metric name',
    'milestone', 'milestones', 'kernresultaat', 'kernresultaten', 'sleutelresultaat', 'sleutelresultaten', 'mijlpaal',
    'mijlpalen', 'resultat cle', 'resultats cles', 'jalon', 'jalons', 'schlusselergebnis', 'schlusselergebnisse',
    'meilenstein', 'meilensteine',
  ],
  keyResultTarget: [
    'key result target', 'key results target', 'kr target', 'kernresultaat streefwaarde', 'cible resultat cle',
    'zielwert schlusselergebnis',
  ],
  keyResultActual: [
    'key result actual', 'key results actual', 'kr actual', 'key result completion', 'key result progress',
    'kr progress', 'kernresultaat gerealiseerd', 'kernresultaat voortgang', 'avancement resultat cle',
    'fortschritt schlusselergebnis',
  ],
  externalId: [
    'id', 'goal id', 'row id', 'objective id', 'external id', 'reference', 'ref', 'doel id', 'kenmerk',
    'referentie', 'identifiant', 'ziel id', 'kennung',
  ],
  // Person columns are suggested only for a team file (PERSON_SYNONYMS): they are ignored in a file of my own goals.
  personName: [],
  employeeId: [],
  period: [
    'cycle', 'period', 'goal cycle', 'appraisal cycle', 'review cycle', 'timeframe', 'year', 'quarter',
    'periode', 'cyclus', 'beoordelingsperiode', 'jaar', 'kwartaal', 'annee', 'trimestre',
    'zeitraum', 'beurteilungszeitraum', 'jahr', 'quartal',
  ],
};

/** Headers naming the person a goal is for, in a team file (they win over IGNORED_HEADERS there). */
export const PERSON_SYNONYMS: Readonly<Record<'personName' | 'employeeId', readonly string[]>> = {
  personName: [
    'employee', 'employee name', 'person', 'name of employee', 'team member', 'member', 'direct report', 'reviewee',
    'staff', 'staff member', 'full name', 'medewerker', 'naam medewerker', 'werknemer', 'naam werknemer', 'teamlid',
    'collaborateur', 'collaboratrice', 'employe', 'salarie', 'nom du collaborateur', 'nom de l employe',
    'mitarbeiter', 'mitarbeiterin', 'mitarbeitername', 'name des mitarbeiters', 'beschaftigter',
  ],
  employeeId: [
    'employee id', 'employee number', 'employee no', 'employee code', 'personnel number', 'staff id', 'staff number',
    'personeelsnummer', 'medewerkernummer', 'matricule', 'numero d employe', 'personalnummer', 'mitarbeiternummer',
    'mitarbeiter id',
  ],
};

/** Weaker title words (Culture Amp's `name`): used when no stronger title header exists. */
export const WEAK_TITLE_SYNONYMS: readonly string[] = ['name', 'naam', 'nom'];

/**
 * Headers seen in HR exports that carry nothing for a goal (owners, audit
 * dates, start dates…): never mapped, and they keep a partial match such as
 * `start` in `start date` from misleading the mapping.
 */
export const IGNORED_HEADERS: readonly string[] = [
  'email', 'emails', 'owner', 'owner email', 'owner emails', 'owner email id', 'individual emails',
  'created at', 'created', 'updated at', 'start date', 'start at', 'startdatum', 'begindatum',
  'date de debut', 'beginndatum', 'parent goal', 'parent row goal ids', 'parent row ids', 'parent goal ids',
  'completion date', 'completed at', 'visibility', 'priority', 'check in type', 'aligns with option id',
  'shared with employee ids', 'is default', 'job title', 'job title id', 'job title name', 'employee', 'medewerker',
  'employe', 'mitarbeiter', 'category', 'categorie', 'kategorie', 'kra', 'doctype', 'owner name',
];

/** A header containing one of these words is about people or audit dates, never a goal field ("Objective owner"). */
export const IGNORED_HEADER_WORDS: readonly string[] = [
  'owner', 'owners', 'email', 'emails', 'mail', 'eigenaar', 'proprietaire', 'verantwortlich', 'inhaber',
  'created', 'updated', 'modified', 'aangemaakt', 'gewijzigd', 'cree', 'modifie', 'erstellt', 'geandert',
];

/** Status words per status (the model's own keys included). */
export const STATUS_SYNONYMS: Readonly<Record<GoalStatus, readonly string[]>> = {
  not_started: [
    'not started', 'to do', 'todo', 'open', 'new', 'created', 'pending', 'draft', 'planned',
    'niet gestart', 'nog niet gestart', 'nog niet begonnen', 'te doen', 'nieuw', 'gepland',
    'non commence', 'pas commence', 'a faire', 'nouveau', 'en attente', 'prevu',
    'nicht begonnen', 'nicht gestartet', 'offen', 'neu', 'geplant', 'ausstehend', 'entwurf',
  ],
  on_track: [
    'on track', 'in progress', 'ongoing', 'active', 'started', 'in uitvoering', 'op schema', 'op koers', 'bezig',
    'lopend', 'actief', 'en cours', 'en bonne voie', 'dans les temps', 'actif', 'im plan', 'auf kurs',
    'in bearbeitung', 'laufend', 'in arbeit', 'aktiv',
  ],
  at_risk: [
    'at risk', 'behind', 'off track', 'blocked', 'delayed', 'needs attention', 'on hold', 'risico', 'in gevaar',
    'achter', 'achter op schema', 'vertraagd', 'geblokkeerd', 'a risque', 'en retard', 'bloque', 'en danger',
    'en pause', 'gefahrdet', 'im verzug', 'verzogert', 'blockiert', 'kritisch', 'pausiert',
  ],
  achieved: [
    'achieved', 'accomplished', 'completed', 'done', 'met', 'reached', 'exceeded', 'success', 'successful',
    'behaald', 'bereikt', 'gehaald', 'voltooid', 'afgerond', 'gerealiseerd', 'overtroffen',
    'atteint', 'realise', 'accompli', 'termine', 'reussi', 'depasse',
    'erreicht', 'erfullt', 'erledigt', 'abgeschlossen', 'ubertroffen', 'vollstandig erreicht',
  ],
  partly: [
    'partly', 'partially', 'partial', 'partly achieved', 'partially achieved', 'partially met', 'partly met',
    'gedeeltelijk', 'deels', 'deels behaald', 'gedeeltelijk behaald', 'gedeeltelijk bereikt',
    'partiellement', 'partiellement atteint', 'en partie', 'en partie atteint',
    'teilweise', 'teilweise erreicht', 'teilweise erfullt',
  ],
  missed: [
    'missed', 'not achieved', 'not met', 'failed', 'not reached', 'niet behaald', 'niet gehaald', 'niet bereikt',
    'gemist', 'mislukt', 'non atteint', 'pas atteint', 'echoue', 'manque', 'nicht erreicht', 'verfehlt',
    'verpasst', 'gescheitert',
  ],
  dropped: [
    'dropped', 'cancelled', 'canceled', 'abandoned', 'archived', 'withdrawn', 'removed', 'deprioritised',
    'deprioritized', 'geschrapt', 'vervallen', 'geannuleerd', 'gestopt', 'ingetrokken', 'gearchiveerd',
    'abandonne', 'annule', 'supprime', 'archive', 'retire', 'gestrichen', 'abgebrochen', 'storniert',
    'archiviert', 'verworfen', 'entfallen',
  ],
};

/**
 * "Closed" says the goal is over, not how it ended: the status is then
 * computed from its figures (achieved when there are none).
 */
export const CLOSED_STATUS_WORDS: readonly string[] = [
  'closed', 'finished', 'gesloten', 'afgesloten', 'clos', 'cloture', 'ferme', 'geschlossen', 'beendet',
];

/** Values of a kind / goal type / metric type column. */
export const KIND_SYNONYMS: Readonly<Record<GoalKind, readonly string[]>> = {
  quantitative: [
    'quantitative', 'number', 'numeric', 'percent', 'percentage', 'currency', 'metric', 'time', 'amount',
    'kwantitatief', 'getal', 'numeriek', 'bedrag', 'valuta', 'tijd',
    'quantitatif', 'nombre', 'pourcentage', 'montant', 'devise', 'temps', 'numerique',
    'quantitativ', 'zahl', 'prozent', 'wahrung', 'betrag', 'zeit', 'numerisch', 'prozentsatz',
  ],
  qualitative: [
    'qualitative', 'binary', 'yes no', 'boolean', 'milestone', 'task',
    'kwalitatief', 'binair', 'ja nee', 'mijlpaal', 'taak',
    'qualitatif', 'binaire', 'oui non', 'jalon', 'tache',
    'qualitativ', 'binar', 'ja nein', 'meilenstein', 'aufgabe',
  ],
};

/** Kind values that also tell the unit. */
export const PERCENT_KIND_WORDS: readonly string[] = ['percent', 'percentage', 'pourcentage', 'prozent', 'prozentsatz'];

/** Values of a direction column. */
export const DIRECTION_SYNONYMS: Readonly<Record<Direction, readonly string[]>> = {
  increase: [
    'increase', 'up', 'higher', 'higher is better', 'maximise', 'maximize', 'more', 'grow',
    'stijgen', 'omhoog', 'hoger', 'hoger is beter', 'verhogen', 'meer', 'maximaliseren',
    'hausse', 'augmenter', 'a la hausse', 'plus haut', 'plus', 'maximiser',
    'steigen', 'erhohen', 'hoher', 'hoher ist besser', 'mehr', 'maximieren',
  ],
  decrease: [
    'decrease', 'down', 'lower', 'lower is better', 'minimise', 'minimize', 'less', 'reduce',
    'dalen', 'omlaag', 'lager', 'lager is beter', 'verlagen', 'minder', 'minimaliseren',
    'baisse', 'diminuer', 'a la baisse', 'plus bas', 'moins', 'minimiser', 'reduire',
    'sinken', 'senken', 'niedriger', 'niedriger ist besser', 'weniger', 'minimieren',
  ],
};

/**
 * Word stems in a title or description that tell the direction: a goal about
 * a cost, or to reduce something, is achieved by going down. A text with
 * stems of both kinds tells nothing.
 */
export const DIRECTION_STEMS: Readonly<Record<Direction, readonly string[]>> = {
  decrease: [
    'cost', 'kosten', 'cout', 'reduc', 'reduir', 'reduz', 'decreas', 'lower', 'minimi', 'cut',
    'verlag', 'verminder', 'terugdring', 'diminu', 'baiss', 'senk', 'verringer',
  ],
  increase: ['increas', 'grow', 'rais', 'boost', 'maximi', 'verhog', 'stijg', 'groei', 'augment', 'accroi', 'erhoh', 'steiger', 'wachstum'],
};

/** Month names and abbreviations, for dates such as `31 Dec 2025` or `31. Dezember 2025`. */
export const MONTH_NAMES: Readonly<Record<'en' | 'nl' | 'fr' | 'de', readonly (readonly string[])[]>> = {
  en: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
  ],
  nl: [
    ['januari'], ['februari'], ['maart', 'mrt'], ['april'], ['mei'], ['juni'],
    ['juli'], ['augustus'], ['september'], ['oktober', 'okt'], ['november'], ['december'],
  ],
  fr: [
    ['janvier', 'janv'], ['fevrier', 'fevr', 'fev'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['aout'], ['septembre'], ['octobre'], ['novembre'], ['decembre'],
  ],
  de: [
    ['januar'], ['februar'], ['marz'], ['april'], ['mai'], ['juni'],
    ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['dezember', 'dez'],
  ],
};

/** Words in a key-result header that say its figure is a completion ratio or percentage. */
export const PROGRESS_HEADER_WORDS: readonly string[] = [
  'completion', 'complete', 'progress', 'percent', 'voortgang', 'procent', 'avancement', 'pourcentage', 'fortschritt', 'prozent',
];

function lookup<K extends string>(table: Readonly<Record<K, readonly string[]>>): Map<string, K> {
  const map = new Map<string, K>();
  for (const key of Object.keys(table) as K[]) for (const word of table[key]) map.set(word, key);
  return map;
}

export const STATUS_BY_WORD: ReadonlyMap<string, GoalStatus> = lookup(STATUS_SYNONYMS);
export const KIND_BY_WORD: ReadonlyMap<string, GoalKind> = lookup(KIND_SYNONYMS);
export const DIRECTION_BY_WORD: ReadonlyMap<string, Direction> = lookup(DIRECTION_SYNONYMS);
export const FIELD_BY_HEADER: ReadonlyMap<string, GoalField> = lookup(HEADER_SYNONYMS);
export const MONTH_BY_NAME: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const months of Object.values(MONTH_NAMES)) months.forEach((names, index) => names.forEach((name) => map.set(name, index + 1)));
  return map;
})();

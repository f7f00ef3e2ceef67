const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["chunks/SuggestedQuestions-D-gdfyrK.js","chunks/theme-CT48nkKe.js","assets/theme-CwxCbnBf.css"])))=>i.map(i=>d[i]);
import { J as achievementPercent, Y as newId, _ as formatDate, d, g as contentLanguage, i as a, l as T, n as cutText, o as statusLabel, rt as $, s as A, w as onDataChanged, x as t } from "./theme-CT48nkKe.js";
import { f as loadReviewData, h as questions, m as outcomes, n as startPage, o as cycles, p as notes, t as saveErrorText, u as goals, y as startCycle } from "./saveError-DOuKgIJL.js";
import { n as looseKey, t as goalChanges } from "./changes-CrhFn4MU.js";
import { t as __vitePreload } from "./preload-helper-DN622-v3.js";
import { i as changedFields, n as markdownLines, r as download, t as markdownLine } from "./markdown-CtaO04kU.js";
// utils/prep/strings.ts
var PREP_STRINGS = {
	en: {
		title: "Preparing my annual review",
		subtitleInterview: "Interview on {date}",
		subtitleManager: "with {manager}",
		sections: {
			results: "Results against objectives",
			training: "Skills and training",
			management: "Management and working relationship",
			evolution: "My evolution",
			salary: "Salary and reward",
			questions: "Questions for my manager"
		},
		empty: {
			results: "No objectives or results yet. Before the interview, list the objectives you were given with their target and what you achieved, the difficulties you met and your successes.",
			training: "Nothing noted yet. Assess your skills, list the trainings you followed and note the tasks that would be easier with more training: this is the moment to ask for it.",
			management: "Nothing noted yet. Note what works well with your manager and in the team, and the problems you want to raise.",
			evolution: "Nothing noted yet. How do you want to grow in the company? Note your short- and long-term projects.",
			salary: "Nothing noted yet. Prepare your case for a raise: your results, your new responsibilities and what you will ask for.",
			questions: "No questions yet. Write down what you want to ask your manager: the interview is a privileged moment for it."
		},
		figure: "{label}: {value}",
		facts: {
			status: "Status",
			baseline: "Starting point",
			target: "Target",
			targetAtMost: "Target (at most)",
			actual: "Actual",
			achievement: "Achievement",
			weight: "Weight",
			due: "Due"
		},
		goalLists: {
			selfAssessment: "Self-assessment",
			keyResults: "Key results",
			evidence: "Evidence",
			difficulties: "Difficulties: what slowed me down and how to avoid it next time",
			successes: "Successes"
		},
		unlinked: {
			results: "Other results",
			difficulties: "Other difficulties",
			successes: "Other successes",
			other: "Other notes"
		},
		comparison: {
			title: "What changed since the last review",
			goal: "Objective",
			change: "Change",
			then: "Last review ({cycle})",
			now: "This review ({cycle})",
			carried: "Carried over",
			new: "New",
			removed: "No longer an objective"
		},
		skills: "Skills",
		trainings: "Trainings followed and training needs",
		salaryCase: "My case and my ask",
		salaryAsk: "To ask",
		rewardQuestion: "Is a financial reward planned for the new objectives?",
		status: {
			not_started: "Not started",
			on_track: "On track",
			at_risk: "At risk",
			achieved: "Achieved",
			partly: "Partly achieved",
			missed: "Missed",
			dropped: "Dropped"
		}
	},
	nl: {
		title: "Voorbereiding van mijn evaluatiegesprek",
		subtitleInterview: "Gesprek op {date}",
		subtitleManager: "met {manager}",
		sections: {
			results: "Resultaten ten opzichte van de doelstellingen",
			training: "Vaardigheden en opleiding",
			management: "Leidinggeven en samenwerking",
			evolution: "Mijn ontwikkeling",
			salary: "Salaris en beloning",
			questions: "Vragen aan mijn leidinggevende"
		},
		empty: {
			results: "Nog geen doelstellingen of resultaten. Zet vóór het gesprek de doelstellingen die je kreeg op een rij, met de streefwaarde en wat je hebt bereikt, de moeilijkheden die je tegenkwam en je successen.",
			training: "Nog niets genoteerd. Beoordeel je vaardigheden, zet de gevolgde opleidingen op een rij en noteer de taken die met meer opleiding makkelijker zouden gaan: dit is het moment om erom te vragen.",
			management: "Nog niets genoteerd. Noteer wat goed werkt met je leidinggevende en in het team, en de problemen die je wilt aankaarten.",
			evolution: "Nog niets genoteerd. Hoe wil je groeien binnen het bedrijf? Noteer je plannen op korte en lange termijn.",
			salary: "Nog niets genoteerd. Bereid je argumenten voor een loonsverhoging voor: je resultaten, je nieuwe verantwoordelijkheden en wat je gaat vragen.",
			questions: "Nog geen vragen. Schrijf op wat je je leidinggevende wilt vragen: het evaluatiegesprek is daar het uitgelezen moment voor."
		},
		figure: "{label}: {value}",
		facts: {
			status: "Status",
			baseline: "Startwaarde",
			target: "Streefwaarde",
			targetAtMost: "Streefwaarde (maximaal)",
			actual: "Resultaat",
			achievement: "Realisatie",
			weight: "Gewicht",
			due: "Deadline"
		},
		goalLists: {
			selfAssessment: "Zelfevaluatie",
			keyResults: "Kernresultaten",
			evidence: "Onderbouwing",
			difficulties: "Moeilijkheden: wat me afremde en hoe ik dat de volgende keer vermijd",
			successes: "Successen"
		},
		unlinked: {
			results: "Andere resultaten",
			difficulties: "Andere moeilijkheden",
			successes: "Andere successen",
			other: "Andere notities"
		},
		comparison: {
			title: "Wat er veranderd is sinds het vorige gesprek",
			goal: "Doelstelling",
			change: "Wijziging",
			then: "Vorig gesprek ({cycle})",
			now: "Dit gesprek ({cycle})",
			carried: "Overgenomen",
			new: "Nieuw",
			removed: "Geen doelstelling meer"
		},
		skills: "Vaardigheden",
		trainings: "Gevolgde opleidingen en opleidingsbehoeften",
		salaryCase: "Mijn argumenten en mijn vraag",
		salaryAsk: "Te vragen",
		rewardQuestion: "Is er een financiële beloning voorzien voor de nieuwe doelstellingen?",
		status: {
			not_started: "Niet gestart",
			on_track: "Op schema",
			at_risk: "In gevaar",
			achieved: "Behaald",
			partly: "Deels behaald",
			missed: "Niet behaald",
			dropped: "Geschrapt"
		}
	},
	fr: {
		title: "Préparation de mon entretien annuel",
		subtitleInterview: "Entretien le {date}",
		subtitleManager: "avec {manager}",
		sections: {
			results: "Résultats par rapport aux objectifs",
			training: "Compétences et formation",
			management: "Management et relation de travail",
			evolution: "Mon évolution",
			salary: "Salaire et rémunération",
			questions: "Questions pour mon manager"
		},
		empty: {
			results: "Aucun objectif ni résultat pour l’instant. Avant l’entretien annuel, reprenez les objectifs fixés avec leur cible et ce que vous avez réalisé, les difficultés rencontrées et vos réussites.",
			training: "Rien de noté pour l’instant. Évaluez vos compétences, listez les formations suivies et notez les tâches qui seraient plus faciles avec une formation : c’est le moment de la demander.",
			management: "Rien de noté pour l’instant. Notez ce qui fonctionne bien avec votre manager et dans l’équipe, et les problèmes que vous voulez aborder.",
			evolution: "Rien de noté pour l’instant. Comment voulez-vous évoluer dans l’entreprise ? Notez vos projets à court et à long terme.",
			salary: "Rien de noté pour l’instant. Préparez vos arguments pour une augmentation : vos résultats, vos nouvelles responsabilités et ce que vous allez demander.",
			questions: "Aucune question pour l’instant. Notez ce que vous voulez demander à votre manager : l’entretien est un moment privilégié pour cela."
		},
		figure: "{label} : {value}",
		facts: {
			status: "Statut",
			baseline: "Point de départ",
			target: "Cible",
			targetAtMost: "Cible (au plus)",
			actual: "Réalisé",
			achievement: "Taux d’atteinte",
			weight: "Pondération",
			due: "Échéance"
		},
		goalLists: {
			selfAssessment: "Auto-évaluation",
			keyResults: "Résultats clés",
			evidence: "Preuves",
			difficulties: "Difficultés : ce qui m’a freiné et comment l’éviter la prochaine fois",
			successes: "Réussites"
		},
		unlinked: {
			results: "Autres résultats",
			difficulties: "Autres difficultés",
			successes: "Autres réussites",
			other: "Autres notes"
		},
		comparison: {
			title: "Ce qui a changé depuis le dernier entretien",
			goal: "Objectif",
			change: "Changement",
			then: "Dernier entretien ({cycle})",
			now: "Cet entretien ({cycle})",
			carried: "Reconduit",
			new: "Nouveau",
			removed: "N’est plus un objectif"
		},
		skills: "Compétences",
		trainings: "Formations suivies et besoins de formation",
		salaryCase: "Mes arguments et ma demande",
		salaryAsk: "À demander",
		rewardQuestion: "Une récompense financière est-elle prévue pour les nouveaux objectifs ?",
		status: {
			not_started: "Non commencé",
			on_track: "En bonne voie",
			at_risk: "À risque",
			achieved: "Atteint",
			partly: "Partiellement atteint",
			missed: "Non atteint",
			dropped: "Abandonné"
		}
	},
	de: {
		title: "Vorbereitung auf mein Mitarbeitergespräch",
		subtitleInterview: "Gespräch am {date}",
		subtitleManager: "mit {manager}",
		sections: {
			results: "Ergebnisse im Vergleich zu den Zielen",
			training: "Kompetenzen und Weiterbildung",
			management: "Führung und Zusammenarbeit",
			evolution: "Meine Entwicklung",
			salary: "Gehalt und Vergütung",
			questions: "Fragen an meine Führungskraft"
		},
		empty: {
			results: "Noch keine Ziele oder Ergebnisse. Stellen Sie vor dem Gespräch die vereinbarten Ziele mit Zielwert und Erreichtem zusammen, dazu die Schwierigkeiten und Ihre Erfolge.",
			training: "Noch nichts notiert. Schätzen Sie Ihre Kompetenzen ein, listen Sie besuchte Weiterbildungen auf und notieren Sie Aufgaben, die Ihnen mit mehr Weiterbildung leichter fielen: Jetzt ist der Moment, danach zu fragen.",
			management: "Noch nichts notiert. Notieren Sie, was mit Ihrer Führungskraft und im Team gut funktioniert und welche Probleme Sie ansprechen möchten.",
			evolution: "Noch nichts notiert. Wie möchten Sie sich im Unternehmen entwickeln? Notieren Sie Ihre kurz- und langfristigen Vorhaben.",
			salary: "Noch nichts notiert. Bereiten Sie Ihre Argumente für eine Gehaltserhöhung vor: Ihre Ergebnisse, neue Verantwortung und was Sie fordern werden.",
			questions: "Noch keine Fragen. Schreiben Sie auf, was Sie Ihre Führungskraft fragen möchten: Das Mitarbeitergespräch ist der richtige Moment dafür."
		},
		figure: "{label}: {value}",
		facts: {
			status: "Status",
			baseline: "Ausgangswert",
			target: "Zielwert",
			targetAtMost: "Zielwert (höchstens)",
			actual: "Istwert",
			achievement: "Zielerreichung",
			weight: "Gewichtung",
			due: "Fällig"
		},
		goalLists: {
			selfAssessment: "Selbsteinschätzung",
			keyResults: "Schlüsselergebnisse",
			evidence: "Belege",
			difficulties: "Schwierigkeiten: was mich gebremst hat und wie ich es nächstes Mal vermeide",
			successes: "Erfolge"
		},
		unlinked: {
			results: "Weitere Ergebnisse",
			difficulties: "Weitere Schwierigkeiten",
			successes: "Weitere Erfolge",
			other: "Weitere Notizen"
		},
		comparison: {
			title: "Was sich seit dem letzten Gespräch geändert hat",
			goal: "Ziel",
			change: "Änderung",
			then: "Letztes Gespräch ({cycle})",
			now: "Dieses Gespräch ({cycle})",
			carried: "Übernommen",
			new: "Neu",
			removed: "Kein Ziel mehr"
		},
		skills: "Kompetenzen",
		trainings: "Besuchte Weiterbildungen und Weiterbildungsbedarf",
		salaryCase: "Meine Argumente und mein Anliegen",
		salaryAsk: "Zu fragen",
		rewardQuestion: "Ist für die neuen Ziele eine finanzielle Belohnung vorgesehen?",
		status: {
			not_started: "Nicht begonnen",
			on_track: "Im Plan",
			at_risk: "Gefährdet",
			achieved: "Erreicht",
			partly: "Teilweise erreicht",
			missed: "Nicht erreicht",
			dropped: "Gestrichen"
		}
	}
};
/** Replaces `{name}` placeholders; an unknown one is left as is, so a mistake shows. */
function fill(template, values) {
	return template.replace(/\{(\w+)\}/g, (whole, name) => values[name] ?? whole);
}
// utils/prep/markdown.ts
/**
* The prep document as GFM Markdown, for the "export as Markdown" button.
* Every text is escaped (`../markdown`), ours and the user's alike: a note can
* add no heading, list, table cell, link or HTML.
*/
function toMarkdown(doc) {
	const figure = PREP_STRINGS[doc.language].figure;
	const out = [`# ${markdownLine(doc.title)}`];
	if (doc.subtitle.trim()) out.push(markdownLines(doc.subtitle, ""));
	for (const section of doc.sections) {
		out.push(`## ${markdownLine(section.heading)}`);
		if (section.empty) out.push(`_${markdownLine(section.empty)}_`);
		for (const block of section.blocks) out.push(...blockLines(block, figure));
	}
	return `${out.join("\n\n")}\n`;
}
function blockLines(block, figure) {
	switch (block.kind) {
		case "list": return [...block.title ? [`### ${markdownLine(block.title)}`] : [], list(block.items, block.ordered)];
		case "goal": {
			const out = [`### ${markdownLine(block.title)}`];
			if (block.description?.trim()) out.push(markdownLines(block.description, ""));
			const facts = block.facts.map((fact) => `- ${fill(figure, {
				label: `**${markdownLine(fact.label)}**`,
				value: markdownLine(fact.value)
			})}`);
			if (facts.length) out.push(facts.join("\n"));
			for (const sub of block.lists) out.push(`#### ${markdownLine(sub.title)}`, list(sub.items));
			return out;
		}
		case "comparison": {
			const row = (cells) => `| ${cells.map(markdownLine).join(" | ")} |`;
			const table = [
				row(block.columns),
				`| ${block.columns.map(() => "---").join(" | ")} |`,
				...block.rows.map((r) => row([
					r.goal,
					r.changeLabel,
					r.then,
					r.now
				]))
			];
			return [`### ${markdownLine(block.title)}`, table.join("\n")];
		}
	}
}
function list(items, ordered = false) {
	return items.map((item, i) => {
		const marker = ordered ? `${i + 1}. ` : "- ";
		const parts = [item.date && markdownLine(item.date), markdownLines(item.text, " ".repeat(marker.length))];
		if (item.detail) parts.push(markdownLine(item.detail));
		return marker + parts.filter(Boolean).join(" — ");
	}).join("\n");
}
// utils/prep/index.ts
/**
* The preparation document the seed describes (DESIGN.md §1): results against
* objectives, skills and training, management, evolution, salary, questions.
* Pure: no browser API, no `utils/i18n` (its formatters follow the browser);
* the language is a parameter and numbers and dates go through `Intl` here.
*/
var NONE = "—";
function makeFormat(language) {
	const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
	const percents = new Intl.NumberFormat(language, {
		style: "percent",
		maximumFractionDigits: 2
	});
	const dates = new Intl.DateTimeFormat(language, {
		dateStyle: "medium",
		timeZone: "UTC"
	});
	return {
		number: (value) => numbers.format(value),
		quantity(value, unit) {
			const u = unit?.trim();
			if (!u) return numbers.format(value);
			if (u === "%") return percents.format(value / 100);
			return `${numbers.format(value)} ${u}`;
		},
		percent: (value) => percents.format(value / 100),
		date: (iso) => dates.format(isoDay(iso))
	};
}
function isoDay(iso) {
	const [y, m, d] = iso.split("-").map(Number);
	return Date.UTC(y, m - 1, d);
}
/** Chronological: the day it happened, else when it was written. */
function byDate(a, b) {
	return (a.happenedOn ? isoDay(a.happenedOn) : a.createdAt) - (b.happenedOn ? isoDay(b.happenedOn) : b.createdAt) || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
/** Equal but for case and white space: the same goal title, the same question. */
function buildPrepDocument(input, language) {
	const s = PREP_STRINGS[language];
	const f = makeFormat(language);
	const { cycle } = input;
	const goals = input.goals.filter((g) => g.cycleId === cycle.id);
	const goalIds = new Set(goals.map((g) => g.id));
	const notes = input.notes.filter((n) => n.cycleId === cycle.id).sort(byDate);
	const item = (n) => n.happenedOn ? {
		text: n.text,
		date: f.date(n.happenedOn)
	} : { text: n.text };
	const linkedTo = (goalId, ...parts) => notes.filter((n) => n.goalId === goalId && parts.includes(n.part)).map(item);
	const unlinked = (part) => notes.filter((n) => n.part === part && !(n.goalId && goalIds.has(n.goalId))).map(item);
	const ofPart = (part) => notes.filter((n) => n.part === part).map(item);
	const subtitle = [cycle.label];
	if (cycle.interviewDate) subtitle.push(fill(s.subtitleInterview, { date: f.date(cycle.interviewDate) }));
	if (cycle.manager?.trim()) subtitle.push(fill(s.subtitleManager, { manager: cycle.manager.trim() }));
	const results = goals.map((goal) => goalBlock(goal, s, f, linkedTo));
	for (const [part, title] of [
		["results", s.unlinked.results],
		["difficulties", s.unlinked.difficulties],
		["successes", s.unlinked.successes],
		["other", s.unlinked.other]
	]) pushList(results, unlinked(part), title);
	if (input.previous) {
		const comparison = compare(cycle.label, goals, input.previous, s, f);
		if (comparison.rows.length) results.push(comparison);
	}
	const training = [];
	pushList(training, ofPart("skills"), s.skills);
	pushList(training, ofPart("training"), s.trainings);
	const management = pushList([], ofPart("management"));
	const evolution = pushList([], ofPart("evolution"));
	const salaryNotes = ofPart("salary");
	const salary = pushList([], salaryNotes, s.salaryCase);
	salary.push({
		kind: "list",
		title: s.salaryAsk,
		items: [{ text: s.rewardQuestion }]
	});
	const unasked = (input.questions ?? []).filter((q) => !q.asked);
	const custom = unasked.filter((q) => q.origin === "custom").sort((a, b) => a.createdAt - b.createdAt);
	const builtin = unasked.filter((q) => q.origin !== "custom");
	const seen = /* @__PURE__ */ new Set([looseKey(s.rewardQuestion)]);
	const questionItems = [...ofPart("question"), ...[...custom, ...builtin].map((q) => ({ text: q.text }))].filter((q) => {
		const key = looseKey(q.text);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	const questions = questionItems.length ? [{
		kind: "list",
		ordered: true,
		items: questionItems
	}] : [];
	const section = (id, blocks, isEmpty = blocks.length === 0) => isEmpty ? {
		id,
		heading: s.sections[id],
		empty: s.empty[id],
		blocks
	} : {
		id,
		heading: s.sections[id],
		blocks
	};
	return {
		language,
		title: s.title,
		subtitle: subtitle.join(" · "),
		sections: [
			section("results", results),
			section("training", training),
			section("management", management),
			section("evolution", evolution),
			section("salary", salary, salaryNotes.length === 0),
			section("questions", questions)
		]
	};
}
function pushList(blocks, items, title) {
	if (items.length) blocks.push(title === void 0 ? {
		kind: "list",
		items
	} : {
		kind: "list",
		title,
		items
	});
	return blocks;
}
function goalBlock(goal, s, f, linkedTo) {
	const achievement = achievementPercent(goal);
	const facts = [{
		label: s.facts.status,
		value: s.status[goal.status]
	}];
	if (goal.baseline !== void 0) facts.push({
		label: s.facts.baseline,
		value: f.quantity(goal.baseline, goal.unit)
	});
	if (goal.target !== void 0) {
		const label = goal.direction === "decrease" ? s.facts.targetAtMost : s.facts.target;
		facts.push({
			label,
			value: f.quantity(goal.target, goal.unit)
		});
	}
	if (goal.actual !== void 0) facts.push({
		label: s.facts.actual,
		value: f.quantity(goal.actual, goal.unit)
	});
	if (achievement !== void 0) facts.push({
		label: s.facts.achievement,
		value: f.percent(achievement)
	});
	if (goal.weight !== void 0) facts.push({
		label: s.facts.weight,
		value: f.percent(goal.weight)
	});
	if (goal.dueDate) facts.push({
		label: s.facts.due,
		value: f.date(goal.dueDate)
	});
	const lists = [];
	const add = (role, items) => {
		if (items.length) lists.push({
			role,
			title: s.goalLists[role],
			items
		});
	};
	add("selfAssessment", goal.selfAssessment?.trim() ? [{ text: goal.selfAssessment.trim() }] : []);
	add("keyResults", goal.keyResults.map((kr) => {
		const detail = keyResultDetail(kr, s, f);
		return detail ? {
			text: kr.title,
			detail
		} : { text: kr.title };
	}));
	add("evidence", linkedTo(goal.id, "results", "other"));
	add("difficulties", linkedTo(goal.id, "difficulties"));
	add("successes", linkedTo(goal.id, "successes"));
	return {
		kind: "goal",
		goalId: goal.id,
		title: goal.title,
		...goal.description?.trim() && { description: goal.description.trim() },
		status: goal.status,
		...achievement !== void 0 && { achievement },
		facts,
		lists
	};
}
/**
* Key results carry no direction of their own. With a starting point the
* figures tell it (a target below the start is a reduction); without one they
* are read as counts to reach ("renegotiate 5 contracts"), even under a goal
* that reduces something: inheriting the goal's direction would call 4 of 5
* contracts 100 %.
*/
function keyResultDetail(kr, s, f) {
	const direction = kr.baseline !== void 0 && kr.target !== void 0 && kr.target < kr.baseline ? "decrease" : void 0;
	const parts = [];
	const figure = (label, value) => parts.push(fill(s.figure, {
		label,
		value
	}));
	if (kr.baseline !== void 0) figure(s.facts.baseline, f.quantity(kr.baseline, kr.unit));
	if (kr.target !== void 0) figure(direction === "decrease" ? s.facts.targetAtMost : s.facts.target, f.quantity(kr.target, kr.unit));
	if (kr.actual !== void 0) figure(s.facts.actual, f.quantity(kr.actual, kr.unit));
	const achievement = achievementPercent(direction ? {
		...kr,
		direction
	} : kr);
	if (achievement !== void 0) figure(s.facts.achievement, f.percent(achievement));
	return parts.join(" · ");
}
/** A goal's figures in one cell: target, actual, achievement, status. */
function summary(goal, s, f) {
	const parts = [];
	const figure = (label, value) => parts.push(fill(s.figure, {
		label,
		value
	}));
	if (goal.target !== void 0) figure(goal.direction === "decrease" ? s.facts.targetAtMost : s.facts.target, f.quantity(goal.target, goal.unit));
	if (goal.actual !== void 0) figure(s.facts.actual, f.quantity(goal.actual, goal.unit));
	const achievement = achievementPercent(goal);
	if (achievement !== void 0) figure(s.facts.achievement, f.percent(achievement));
	parts.push(s.status[goal.status]);
	return parts.join(" · ");
}
function compare(currentLabel, goals, previous, s, f) {
	const before = previous.goals.filter((g) => g.cycleId === previous.cycle.id);
	const changes = goalChanges(goals, before);
	const carried = changes.carried.map(({ then, now }) => ({
		change: "carried",
		goal: now.title,
		changeLabel: s.comparison.carried,
		then: summary(then, s, f),
		now: summary(now, s, f)
	}));
	const added = changes.added.map((goal) => ({
		change: "new",
		goal: goal.title,
		changeLabel: s.comparison.new,
		then: NONE,
		now: summary(goal, s, f)
	}));
	const removed = changes.removed.map((g) => ({
		change: "removed",
		goal: g.title,
		changeLabel: s.comparison.removed,
		then: summary(g, s, f),
		now: NONE
	}));
	return {
		kind: "comparison",
		title: s.comparison.title,
		columns: [
			s.comparison.goal,
			s.comparison.change,
			fill(s.comparison.then, { cycle: previous.cycle.label }),
			fill(s.comparison.now, { cycle: currentLabel })
		],
		rows: [
			...carried,
			...added,
			...removed
		]
	};
}
// entrypoints/prep/Questions.tsx
/** Questions for the manager: suggestions (keep or hide) and the user's own. */
function QuestionsManager({ goals, notes, questions: questions$1 }) {
	const [own, setOwn] = d("");
	const mine = questions$1.filter((question) => question.origin === "custom");
	const [bank, setBank] = d(null);
	A(() => void __vitePreload(() => import("./SuggestedQuestions-D-gdfyrK.js").then((n) => n.t).then(setBank), __vite__mapDeps([0,1,2])), []);
	const mineTexts = new Set(mine.map((question) => question.text));
	const suggestions = bank ? bank.suggestionsFor(goals, notes, questions$1, 12).filter((suggestion) => !mineTexts.has(suggestion.text)) : [];
	const SuggestionText = bank?.SuggestionText;
	async function addOwn(text) {
		const now = Date.now();
		await questions.put({
			id: newId("question"),
			part: "question",
			text: text.trim(),
			origin: "custom",
			createdAt: now,
			updatedAt: now
		});
	}
	async function hide(id, text, part) {
		const now = Date.now();
		await questions.put({
			id,
			part,
			text,
			origin: "builtin",
			hidden: true,
			createdAt: now,
			updatedAt: now
		});
	}
	return /* @__PURE__ */ a("section", {
		"aria-labelledby": "questions-manage-heading",
		class: "questions no-print",
		children: [
			/* @__PURE__ */ a("h2", {
				id: "questions-manage-heading",
				children: t("questionsTitle")
			}),
			/* @__PURE__ */ a("form", {
				class: "row",
				onSubmit: (event) => {
					event.preventDefault();
					if (own.trim()) addOwn(own).then(() => setOwn(""));
				},
				children: [/* @__PURE__ */ a("div", {
					class: "field grow",
					children: [/* @__PURE__ */ a("label", {
						for: "own-question",
						children: t("questionOwnLabel")
					}), /* @__PURE__ */ a("input", {
						id: "own-question",
						value: own,
						onInput: (event) => setOwn(event.currentTarget.value)
					})]
				}), /* @__PURE__ */ a("button", {
					type: "submit",
					children: t("questionAdd")
				})]
			}),
			mine.length > 0 && /* @__PURE__ */ a("ul", {
				class: "cards",
				"data-testid": "own-questions",
				children: mine.map((question) => /* @__PURE__ */ a("li", {
					class: "row",
					children: [/* @__PURE__ */ a("span", {
						class: "grow note-text",
						children: question.text
					}), /* @__PURE__ */ a("button", {
						type: "button",
						"aria-label": t("questionRemoveNamed", cutText(question.text, 60)),
						onClick: () => void questions.delete(question.id),
						children: t("siteRemove")
					})]
				}, question.id))
			}),
			/* @__PURE__ */ a("h3", { children: t("questionsSuggested") }),
			/* @__PURE__ */ a("ul", {
				class: "cards",
				"data-testid": "suggested-questions",
				children: suggestions.map((suggestion) => /* @__PURE__ */ a("li", { children: [SuggestionText && /* @__PURE__ */ a(SuggestionText, { suggestion }), /* @__PURE__ */ a("div", {
					class: "row",
					children: [/* @__PURE__ */ a("button", {
						type: "button",
						onClick: () => void addOwn(suggestion.text),
						children: t("questionKeep")
					}), /* @__PURE__ */ a("button", {
						type: "button",
						"aria-label": t("questionHideNamed", cutText(suggestion.text, 60)),
						onClick: () => void hide(suggestion.id, suggestion.text, suggestion.part),
						children: t("questionHide")
					})]
				})] }, suggestion.id))
			})
		]
	});
}
// entrypoints/prep/Document.tsx
function Item({ item }) {
	return /* @__PURE__ */ a("li", { children: [/* @__PURE__ */ a("span", {
		class: "note-text",
		children: item.text
	}), (item.date || item.detail) && /* @__PURE__ */ a("span", {
		class: "muted",
		children: [
			" (",
			[item.date, item.detail].filter(Boolean).join(" · "),
			")"
		]
	})] });
}
function Block({ block }) {
	switch (block.kind) {
		case "list": {
			const List = block.ordered ? "ol" : "ul";
			return /* @__PURE__ */ a("div", {
				class: "prep-list",
				children: [block.title && /* @__PURE__ */ a("h3", {
					class: "list-title",
					children: block.title
				}), /* @__PURE__ */ a(List, { children: block.items.map((item, index) => /* @__PURE__ */ a(Item, { item }, index)) })]
			});
		}
		case "goal": return /* @__PURE__ */ a("article", {
			class: `prep-goal status-${block.status}`,
			children: [
				/* @__PURE__ */ a("h3", { children: block.title }),
				block.description && /* @__PURE__ */ a("p", {
					class: "note-text",
					children: block.description
				}),
				/* @__PURE__ */ a("dl", {
					class: "facts",
					children: block.facts.map((fact) => /* @__PURE__ */ a("div", { children: [/* @__PURE__ */ a("dt", { children: fact.label }), /* @__PURE__ */ a("dd", { children: fact.value })] }, fact.label))
				}),
				block.lists.map((list) => /* @__PURE__ */ a("div", {
					class: "prep-list",
					children: [/* @__PURE__ */ a("h4", { children: list.title }), /* @__PURE__ */ a("ul", { children: list.items.map((item, index) => /* @__PURE__ */ a(Item, { item }, index)) })]
				}, list.role))
			]
		});
		case "comparison": return /* @__PURE__ */ a("table", {
			class: "comparison",
			children: [
				/* @__PURE__ */ a("caption", { children: block.title }),
				/* @__PURE__ */ a("thead", { children: /* @__PURE__ */ a("tr", { children: block.columns.map((column) => /* @__PURE__ */ a("th", {
					scope: "col",
					children: column
				}, column)) }) }),
				/* @__PURE__ */ a("tbody", { children: block.rows.map((row, index) => /* @__PURE__ */ a("tr", {
					class: `change-${row.change}`,
					children: [
						/* @__PURE__ */ a("th", {
							scope: "row",
							children: row.goal
						}),
						/* @__PURE__ */ a("td", { children: row.changeLabel }),
						/* @__PURE__ */ a("td", { children: row.then }),
						/* @__PURE__ */ a("td", { children: row.now })
					]
				}, index)) })
			]
		});
	}
}
/** The preparation document as a printable page (text only: user content is never markup). */
function PrepDocumentView({ doc }) {
	return /* @__PURE__ */ a("article", {
		class: "prep-document",
		lang: doc.language,
		"data-testid": "prep-document",
		children: [/* @__PURE__ */ a("header", { children: [/* @__PURE__ */ a("h1", { children: doc.title }), /* @__PURE__ */ a("p", {
			class: "muted",
			children: doc.subtitle
		})] }), doc.sections.map((section, index) => /* @__PURE__ */ a("section", {
			class: `prep-section section-${section.id}`,
			"aria-labelledby": `section-${section.id}`,
			children: [
				/* @__PURE__ */ a("h2", {
					id: `section-${section.id}`,
					children: [
						index + 1,
						". ",
						section.heading
					]
				}),
				section.empty && /* @__PURE__ */ a("p", {
					class: "empty",
					children: section.empty
				}),
				section.blocks.map((block, at) => /* @__PURE__ */ a(Block, { block }, at))
			]
		}, section.id))]
	});
}
// entrypoints/prep/History.tsx
/** Every review cycle, newest first: its goals and what came out of the interview. */
function History() {
	const [entries, setEntries] = d([]);
	A(() => {
		const load = async () => {
			const all = (await cycles.all()).sort((a, b) => b.createdAt - a.createdAt);
			setEntries(await Promise.all(all.map(async (cycle) => ({
				cycle,
				goals: await goals.listByCycle(cycle.id),
				outcome: await outcomes.get(cycle.id)
			}))));
		};
		load();
		return onDataChanged(() => void load());
	}, []);
	return /* @__PURE__ */ a("section", {
		"aria-labelledby": "history-heading",
		class: "history no-print",
		children: [/* @__PURE__ */ a("h2", {
			id: "history-heading",
			children: t("historyTitle")
		}), /* @__PURE__ */ a("ul", {
			class: "cards",
			"data-testid": "history",
			children: entries.map(({ cycle, goals: list, outcome }) => /* @__PURE__ */ a("li", { children: [
				/* @__PURE__ */ a("h3", { children: [
					t("cycleLabel", cycle.label),
					" ",
					/* @__PURE__ */ a("span", {
						class: "tag",
						children: t(cycle.status === "done" ? "cycleDone" : "cyclePreparing")
					})
				] }),
				outcome?.heldOn && /* @__PURE__ */ a("p", {
					class: "muted",
					children: t("historyHeldOn", formatDate(outcome.heldOn))
				}),
				list.length === 0 ? /* @__PURE__ */ a("p", {
					class: "empty",
					children: t("historyNoGoals")
				}) : /* @__PURE__ */ a("ul", { children: list.map((goal) => /* @__PURE__ */ a("li", { children: [
					goal.title,
					" ",
					/* @__PURE__ */ a("span", {
						class: "muted",
						children: [
							"(",
							statusLabel(goal.status),
							")"
						]
					})
				] }, goal.id)) }),
				outcome && /* @__PURE__ */ a("dl", { children: [
					outcome.rating && /* @__PURE__ */ a($, { children: [/* @__PURE__ */ a("dt", { children: t("outcomeRating") }), /* @__PURE__ */ a("dd", { children: outcome.rating })] }),
					outcome.managerFeedback && /* @__PURE__ */ a($, { children: [/* @__PURE__ */ a("dt", { children: t("outcomeFeedback") }), /* @__PURE__ */ a("dd", {
						class: "note-text",
						children: outcome.managerFeedback
					})] }),
					outcome.answers?.filter((entry) => entry.answer).map((entry) => /* @__PURE__ */ a($, { children: [/* @__PURE__ */ a("dt", { children: entry.question }), /* @__PURE__ */ a("dd", {
						class: "note-text",
						children: entry.answer
					})] })),
					outcome.agreedObjectives?.length ? /* @__PURE__ */ a($, { children: [/* @__PURE__ */ a("dt", { children: t("outcomeObjectives") }), /* @__PURE__ */ a("dd", { children: outcome.agreedObjectives.join(" · ") })] }) : null
				] })
			] }, cycle.id))
		})]
	});
}
// entrypoints/prep/Outcome.tsx
/** The outcome's fields this form edits; `agreedGoalIds` belongs to starting the next cycle. */
var EDITABLE = [
	"heldOn",
	"reportReceived",
	"report",
	"managerFeedback",
	"rating",
	"trainingAgreed",
	"rewardAgreed",
	"agreedObjectives",
	"answers"
];
function editableFields(outcome) {
	const fields = {};
	for (const key of EDITABLE) if (outcome?.[key] !== void 0) Object.assign(fields, { [key]: outcome[key] });
	return fields;
}
/** After the interview: what happened, what was agreed; then the next cycle starts from it. */
function OutcomeForm({ cycle }) {
	/**
	* The fields as the form last read or wrote them: a save writes only what
	* the user changed since, so changes made meanwhile elsewhere (the next
	* cycle's goal ids, another window) are not overwritten with what this form
	* read earlier.
	*/
	const baseline = T({});
	const [form, setForm] = d({
		heldOn: "",
		reportReceived: false,
		report: "",
		managerFeedback: "",
		rating: "",
		trainingAgreed: "",
		rewardAgreed: "",
		agreedObjectives: ""
	});
	/** The questions prepared for the manager (question notes, own questions), with whether asked and the answer. */
	const [answers, setAnswers] = d([]);
	const [nextLabel, setNextLabel] = d("");
	const [moveUnfinished, setMoveUnfinished] = d(false);
	const [status, setStatus] = d(null);
	/** Starting the next cycle: the button is off until it is done (a double click starts it once). */
	const [starting, setStarting] = d(false);
	const startingNow = T(false);
	A(() => {
		Promise.all([
			outcomes.get(cycle.id),
			notes.listByCycle(cycle.id),
			questions.all()
		]).then(([outcome, noteList, questionList]) => {
			const prepared = [...noteList.filter((note) => note.part === "question").reverse().map((note) => note.text), ...questionList.filter((question) => question.origin === "custom").map((question) => question.text)];
			const saved = outcome?.answers ?? [];
			const askedInSidebar = new Set(questionList.filter((question) => question.asked).map((question) => question.text));
			const texts = [.../* @__PURE__ */ new Set([...saved.map((entry) => entry.question), ...prepared])];
			setAnswers(texts.map((question) => {
				const entry = saved.find((candidate) => candidate.question === question);
				return {
					question,
					asked: entry?.asked || askedInSidebar.has(question),
					answer: entry?.answer ?? ""
				};
			}));
			baseline.current = editableFields(outcome);
			if (!outcome) return;
			setForm({
				heldOn: outcome.heldOn ?? "",
				reportReceived: outcome.reportReceived ?? false,
				report: outcome.report ?? "",
				managerFeedback: outcome.managerFeedback ?? "",
				rating: outcome.rating ?? "",
				trainingAgreed: outcome.trainingAgreed ?? "",
				rewardAgreed: outcome.rewardAgreed ?? "",
				agreedObjectives: (outcome.agreedObjectives ?? []).join("\n")
			});
		});
	}, [cycle.id]);
	const text = (key) => form[key].trim();
	async function save(event) {
		event.preventDefault();
		const objectives = form.agreedObjectives.split("\n").map((line) => line.trim()).filter(Boolean);
		const fields = {
			reportReceived: form.reportReceived,
			...form.heldOn ? { heldOn: form.heldOn } : {},
			...text("report") ? { report: text("report") } : {},
			...text("managerFeedback") ? { managerFeedback: text("managerFeedback") } : {},
			...text("rating") ? { rating: text("rating") } : {},
			...text("trainingAgreed") ? { trainingAgreed: text("trainingAgreed") } : {},
			...text("rewardAgreed") ? { rewardAgreed: text("rewardAgreed") } : {},
			...objectives.length ? { agreedObjectives: objectives } : {},
			...answers.length ? { answers: answers.map(({ question, asked, answer }) => ({
				question,
				asked,
				...answer.trim() ? { answer: answer.trim() } : {}
			})) } : {}
		};
		const now = Date.now();
		try {
			await outcomes.update(cycle.id, changedFields(baseline.current, fields, EDITABLE), {
				cycleId: cycle.id,
				agreedGoalIds: [],
				createdAt: now,
				updatedAt: now
			});
			baseline.current = fields;
			setStatus({
				kind: "ok",
				text: t("outcomeSaved")
			});
		} catch (error) {
			setStatus({
				kind: "error",
				text: saveErrorText(error, "outcomeDiskFull", "outcomeSaveFailed")
			});
		}
	}
	async function startNext(event) {
		event.preventDefault();
		if (startingNow.current) return;
		if (!nextLabel.trim()) {
			setStatus({
				kind: "error",
				text: t("cycleLabelRequired")
			});
			return;
		}
		startingNow.current = true;
		setStarting(true);
		try {
			const { cycle: next, agreed, moved, created } = await startCycle(nextLabel, moveUnfinished ? cycle.id : void 0, cycle.id);
			setStatus({
				kind: "ok",
				text: created ? t("nextCycleStarted", [
					next.label,
					String(agreed),
					String(moved)
				]) : t("nextCycleAlreadyStarted", next.label)
			});
			setNextLabel("");
		} catch {
			setStatus({
				kind: "error",
				text: t("cycleStartFailed")
			});
		} finally {
			startingNow.current = false;
			setStarting(false);
		}
	}
	const field = (key, label, hint) => /* @__PURE__ */ a("div", {
		class: "field",
		children: [
			/* @__PURE__ */ a("label", {
				for: `outcome-${key}`,
				children: label
			}),
			/* @__PURE__ */ a("textarea", {
				id: `outcome-${key}`,
				value: form[key],
				onInput: (event) => setForm({
					...form,
					[key]: event.currentTarget.value
				})
			}),
			hint && /* @__PURE__ */ a("p", {
				class: "muted hint",
				children: hint
			})
		]
	});
	return /* @__PURE__ */ a("section", {
		"aria-labelledby": "outcome-heading",
		class: "outcome no-print",
		children: [
			/* @__PURE__ */ a("h2", {
				id: "outcome-heading",
				children: t("outcomeTitle", cycle.label)
			}),
			/* @__PURE__ */ a("p", {
				class: "muted",
				children: t("outcomeIntro")
			}),
			/* @__PURE__ */ a("form", {
				onSubmit: (event) => void save(event),
				children: [
					/* @__PURE__ */ a("div", {
						class: "row",
						children: [/* @__PURE__ */ a("div", {
							class: "field",
							children: [/* @__PURE__ */ a("label", {
								for: "outcome-held",
								children: t("outcomeHeldOn")
							}), /* @__PURE__ */ a("input", {
								id: "outcome-held",
								type: "date",
								value: form.heldOn,
								onInput: (event) => setForm({
									...form,
									heldOn: event.currentTarget.value
								})
							})]
						}), /* @__PURE__ */ a("div", {
							class: "field grow",
							children: [/* @__PURE__ */ a("label", {
								for: "outcome-rating",
								children: t("outcomeRating")
							}), /* @__PURE__ */ a("input", {
								id: "outcome-rating",
								value: form.rating,
								onInput: (event) => setForm({
									...form,
									rating: event.currentTarget.value
								})
							})]
						})]
					}),
					/* @__PURE__ */ a("label", {
						class: "check",
						children: [/* @__PURE__ */ a("input", {
							type: "checkbox",
							checked: form.reportReceived,
							onChange: (event) => setForm({
								...form,
								reportReceived: event.currentTarget.checked
							})
						}), t("outcomeReportReceived")]
					}),
					field("report", t("outcomeReport")),
					field("managerFeedback", t("outcomeFeedback")),
					field("trainingAgreed", t("outcomeTraining")),
					field("rewardAgreed", t("outcomeReward")),
					field("agreedObjectives", t("outcomeObjectives"), t("outcomeObjectivesHint")),
					/* @__PURE__ */ a("fieldset", {
						class: "answers",
						children: [
							/* @__PURE__ */ a("legend", { children: t("outcomeAnswers") }),
							answers.length === 0 && /* @__PURE__ */ a("p", {
								class: "empty",
								children: t("outcomeNoQuestions")
							}),
							answers.map((entry, index) => {
								const update = (patch) => setAnswers(answers.map((item, at) => at === index ? {
									...item,
									...patch
								} : item));
								return /* @__PURE__ */ a("div", {
									class: "answer",
									children: [/* @__PURE__ */ a("label", {
										class: "check",
										children: [/* @__PURE__ */ a("input", {
											type: "checkbox",
											checked: entry.asked,
											onChange: (event) => update({ asked: event.currentTarget.checked })
										}), entry.question]
									}), /* @__PURE__ */ a("textarea", {
										"aria-label": t("outcomeAnswerLabel", cutText(entry.question, 80)),
										placeholder: t("outcomeAnswerPlaceholder"),
										value: entry.answer,
										onInput: (event) => update({
											answer: event.currentTarget.value,
											asked: true
										})
									})]
								}, entry.question);
							})
						]
					}),
					/* @__PURE__ */ a("button", {
						type: "submit",
						class: "primary",
						children: t("save")
					})
				]
			}),
			/* @__PURE__ */ a("form", {
				class: "next-cycle",
				onSubmit: (event) => void startNext(event),
				children: [
					/* @__PURE__ */ a("h3", { children: t("nextCycleTitle") }),
					/* @__PURE__ */ a("div", {
						class: "field",
						children: [/* @__PURE__ */ a("label", {
							for: "next-label",
							children: t("cycleName")
						}), /* @__PURE__ */ a("input", {
							id: "next-label",
							value: nextLabel,
							placeholder: String((/* @__PURE__ */ new Date()).getFullYear() + 1),
							onInput: (event) => setNextLabel(event.currentTarget.value)
						})]
					}),
					/* @__PURE__ */ a("label", {
						class: "check",
						children: [/* @__PURE__ */ a("input", {
							type: "checkbox",
							checked: moveUnfinished,
							onChange: (event) => setMoveUnfinished(event.currentTarget.checked)
						}), t("cycleMoveUnfinished", cycle.label)]
					}),
					/* @__PURE__ */ a("button", {
						type: "submit",
						disabled: starting,
						children: t("nextCycleButton")
					})
				]
			}),
			/* @__PURE__ */ a("p", {
				class: `status ${status?.kind ?? ""}`,
				role: "status",
				"aria-live": "polite",
				children: status?.text
			})
		]
	});
}
// entrypoints/prep/App.tsx
async function loadDocument() {
	const { cycle, goals: goalList, notes: noteList, questions: questionList, previous } = await loadReviewData();
	return {
		cycle,
		doc: buildPrepDocument({
			cycle,
			goals: goalList,
			notes: noteList,
			questions: questionList.filter((question) => question.origin === "custom"),
			...previous ? { previous } : {}
		}, contentLanguage()),
		goals: goalList,
		notes: noteList,
		questions: questionList
	};
}
/** The preparation page: the document the seed describes (print, Markdown), the interview's outcome, the history. */
function App() {
	const [state, setState] = d(null);
	const [status, setStatus] = d("");
	A(() => {
		const load = () => void loadDocument().then(setState).catch(() => setStatus(t("loadFailed")));
		load();
		return onDataChanged(load);
	}, []);
	if (!state) return /* @__PURE__ */ a("p", {
		class: "empty",
		children: status || t("loading")
	});
	const markdown = () => toMarkdown(state.doc);
	const fileName = `${state.doc.title.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "")}.md`;
	return /* @__PURE__ */ a("main", {
		class: "prep",
		children: [
			/* @__PURE__ */ a("nav", {
				class: "toolbar no-print",
				"aria-label": t("prepTitle"),
				children: [
					/* @__PURE__ */ a("button", {
						type: "button",
						class: "primary",
						onClick: () => window.print(),
						children: t("prepPrint")
					}),
					/* @__PURE__ */ a("button", {
						type: "button",
						onClick: () => download(fileName, markdown(), "text/markdown;charset=utf-8"),
						children: t("prepDownload")
					}),
					/* @__PURE__ */ a("button", {
						type: "button",
						onClick: () => navigator.clipboard.writeText(markdown()).then(() => setStatus(t("prepCopied")), () => setStatus(t("prepCopyFailed"))),
						children: t("prepCopy")
					}),
					/* @__PURE__ */ a("span", {
						role: "status",
						"aria-live": "polite",
						class: "status",
						children: status
					})
				]
			}),
			/* @__PURE__ */ a(PrepDocumentView, { doc: state.doc }),
			/* @__PURE__ */ a(QuestionsManager, {
				goals: state.goals,
				notes: state.notes,
				questions: state.questions
			}),
			/* @__PURE__ */ a(OutcomeForm, { cycle: state.cycle }),
			/* @__PURE__ */ a(History, {})
		]
	});
}
// entrypoints/prep/main.tsx
startPage(() => /* @__PURE__ */ a(App, {}));

import { J as achievementPercent, i as a, o as statusLabel, rt as $, v as formatNumber, x as t, y as formatWithUnit } from "./theme-CT48nkKe.js";
// components/GoalFigures.tsx
var withUnit = (value, unit) => value === void 0 ? "–" : formatWithUnit(value, unit);
/** Target vs. actual, achievement and status of a goal, in one line. */
function GoalFigures({ goal }) {
	const achievement = goal.kind === "quantitative" ? achievementPercent(goal) : void 0;
	return /* @__PURE__ */ a("p", {
		class: "goal-figures muted",
		children: [goal.kind === "quantitative" && /* @__PURE__ */ a($, { children: [
			t("goalTarget"),
			": ",
			withUnit(goal.target, goal.unit),
			" · ",
			t("goalActual"),
			": ",
			withUnit(goal.actual, goal.unit),
			achievement !== void 0 && /* @__PURE__ */ a($, { children: [" · ", t("goalAchievement", formatNumber(achievement))] }),
			" · "
		] }), /* @__PURE__ */ a("span", {
			class: "tag",
			children: statusLabel(goal.status)
		})]
	});
}
// components/ShowMore.tsx
/** "Show more (N more)": long lists render a page at a time so thousands of items never block the page. */
function ShowMore({ remaining, onClick }) {
	if (remaining <= 0) return null;
	return /* @__PURE__ */ a("button", {
		type: "button",
		class: "show-more",
		onClick,
		children: t("showMore", String(remaining))
	});
}
export { GoalFigures as n, ShowMore as t };

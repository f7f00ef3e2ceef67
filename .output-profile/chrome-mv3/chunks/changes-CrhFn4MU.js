// utils/prep/changes.ts
/** The key two goal titles match by (and two questions are the same by). */
function looseKey(text) {
	return text.normalize("NFC").toLowerCase().replace(/\s+/g, "");
}
function goalChanges(current, previous) {
	const unmatched = /* @__PURE__ */ new Map();
	for (const goal of previous) {
		const key = looseKey(goal.title);
		unmatched.set(key, [...unmatched.get(key) ?? [], goal]);
	}
	const carried = [];
	const added = [];
	for (const goal of current) {
		const then = unmatched.get(looseKey(goal.title))?.shift();
		if (then) carried.push({
			then,
			now: goal
		});
		else added.push(goal);
	}
	return {
		carried,
		added,
		removed: previous.filter((goal) => unmatched.get(looseKey(goal.title))?.includes(goal))
	};
}
export { looseKey as n, goalChanges as t };

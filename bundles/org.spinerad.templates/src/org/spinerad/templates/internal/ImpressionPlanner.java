package org.spinerad.templates.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.spinerad.model.CordFinding;
import org.spinerad.model.CordSignal;
import org.spinerad.model.Finding;
import org.spinerad.model.ImpressionCategory;
import org.spinerad.model.Report;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.FindingFacts;
import org.spinerad.templates.ImpressionPlan;
import org.spinerad.templates.ImpressionSelection;

/**
 * Plans the drafted impression: the template's {@link ImpressionSelection}
 * chooses its items, this class adds what every template drafts and puts all
 * in the order of guide 7.2: critical first, then by ordering key (cord
 * compression, epidural abscess, unstable neoplastic spine, infection, ESCC 1c /
 * SINS 7-12, other), a lesion and its own SINS together. It never words an
 * item: that is {@code lib/impression.ftl}.
 */
final class ImpressionPlanner {

	private ImpressionPlanner() {
	}

	/** @return the items of the template's draft, in impression order */
	static List<DraftItem> plan(Report report, ImpressionSelection selection, List<Conclusion> conclusions) {
		Context cx = new Context(report, conclusions);
		(selection == null ? ImpressionSelection.NONE : selection).select(cx);
		cordEdema(cx);
		return order(cx.items);
	}

	/** Cord edema that no other item states (e.g. around an intramedullary tumour). */
	private static void cordEdema(Context cx) {
		for (CordFinding c : FindingFacts.of(cx.report, CordFinding.class)) {
			if (c.getCordSignal() == CordSignal.T2_HYPER && !cx.states(c)) {
				cx.add("cord-edema:" + c.getId(), "cord-edema", ImpressionCategory.OTHER, 20).role("main", c);
			}
		}
	}

	static List<DraftItem> order(List<DraftItem> items) {
		for (DraftItem i : items) {
			i.critical |= i.urgentCategory();
		}
		Map<String, List<DraftItem>> groups = new LinkedHashMap<>();
		items.forEach(i -> groups.computeIfAbsent(i.group, k -> new ArrayList<>()).add(i));
		Comparator<List<DraftItem>> byGroup = Comparator
				.comparing((List<DraftItem> g) -> g.stream().noneMatch(i -> i.critical))
				.thenComparingInt(g -> g.stream().mapToInt(DraftItem::categoryRank).min().orElse(0))
				.thenComparingInt(g -> g.stream().mapToInt(i -> i.rank).min().orElse(0))
				.thenComparingInt(g -> g.get(0).position());
		List<DraftItem> ordered = new ArrayList<>();
		groups.values().stream().sorted(byGroup).forEach(g -> g.stream()
				.sorted(Comparator.comparingInt((DraftItem i) -> i.member)).forEach(ordered::add));
		return ordered;
	}

	/** The plan a selection adds to: the report, its conclusions, findings by id, items so far. */
	static final class Context implements ImpressionPlan {
		final Report report;
		final List<Conclusion> conclusions;
		final Map<String, Finding> byId = new HashMap<>();
		final List<DraftItem> items = new ArrayList<>();

		Context(Report report, List<Conclusion> conclusions) {
			this.report = report;
			this.conclusions = conclusions;
			for (Finding f : Reports.findings(report)) {
				if (f.getId() != null) {
					byId.putIfAbsent(f.getId(), f);
				}
			}
		}

		@Override
		public Report report() {
			return report;
		}

		@Override
		public List<Conclusion> conclusions(String ruleId) {
			return conclusions.stream().filter(c -> c.ruleId().equals(ruleId)).toList();
		}

		@Override
		public Optional<Conclusion> first(String ruleId) {
			return conclusions(ruleId).stream().findFirst();
		}

		@Override
		public Finding finding(String id) {
			return id == null ? null : byId.get(id);
		}

		@Override
		public <T extends Finding> T finding(Conclusion c, Class<T> type) {
			return c.reasons().stream().map(r -> finding(r.findingId())).filter(type::isInstance).map(type::cast)
					.findFirst().orElse(null);
		}

		@Override
		public boolean states(Finding f) {
			return items.stream().anyMatch(i -> i.roles.containsValue(f)
					|| i.lists.values().stream().anyMatch(l -> l.contains(f)));
		}

		@Override
		public DraftItem add(String key, String kind, ImpressionCategory category, int rank) {
			DraftItem item = new DraftItem(key, kind, category, rank, byId);
			items.add(item);
			return item;
		}
	}
}

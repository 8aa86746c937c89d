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

/**
 * Chooses the items of the drafted impression from the findings and the
 * decision support of a report and puts them in the order of guide 7.2:
 * critical first, then by ordering key (cord compression, epidural abscess,
 * unstable neoplastic spine, infection, ESCC 1c / SINS 7-12, other), a lesion
 * and its own SINS together. It never words an item: that is
 * {@code lib/impression.ftl}.
 */
final class ImpressionPlanner {

	private ImpressionPlanner() {
	}

	/** @return the items of the scenario's draft, in impression order */
	static List<DraftItem> plan(Report report, String scenario, List<Conclusion> conclusions) {
		Context cx = new Context(report, conclusions);
		switch (scenario == null ? "" : scenario) {
		case "infection" -> InfectionDraft.plan(cx);
		case "tumor" -> TumorDraft.plan(cx);
		case "postop" -> PostopDraft.plan(cx);
		default -> {
			// a template of another scenario drafts only what all share
		}
		}
		cordEdema(cx);
		return order(cx.items);
	}

	/** Cord edema that no other item states (e.g. around an intramedullary tumour). */
	private static void cordEdema(Context cx) {
		for (CordFinding c : FindingFacts.of(cx.report, CordFinding.class)) {
			if (c.getCordSignal() == CordSignal.T2_HYPER && !cx.used(c)) {
				cx.items.add(new DraftItem("cord-edema:" + c.getId(), "cord-edema", ImpressionCategory.OTHER, 20)
						.role("main", c));
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

	/** What the planners of each scenario share: the report, its conclusions, findings by id, items so far. */
	static final class Context {
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

		List<Conclusion> rule(String ruleId) {
			return conclusions.stream().filter(c -> c.ruleId().equals(ruleId)).toList();
		}

		Optional<Conclusion> first(String ruleId) {
			return rule(ruleId).stream().findFirst();
		}

		/** @return the first finding of a type among the reasons of a conclusion */
		<T extends Finding> T finding(Conclusion c, Class<T> type) {
			return c.reasons().stream().map(r -> byId.get(r.findingId())).filter(type::isInstance).map(type::cast)
					.findFirst().orElse(null);
		}

		/** @return whether an item already states the finding */
		boolean used(Finding f) {
			return items.stream().anyMatch(i -> i.roles.containsValue(f)
					|| i.lists.values().stream().anyMatch(l -> l.contains(f)));
		}

		DraftItem add(DraftItem item) {
			items.add(item);
			return item;
		}
	}
}

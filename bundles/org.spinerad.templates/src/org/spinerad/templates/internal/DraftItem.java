package org.spinerad.templates.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.spinerad.model.Finding;
import org.spinerad.model.ImpressionCategory;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.ConclusionLevel;

/**
 * One item of the drafted impression before it is worded: what it is about
 * ({@link #kind}), its ordering key (guide 7.2) and the findings, conclusions
 * and facts the wording in {@code lib/impression.ftl} needs. Never words.
 */
final class DraftItem {

	/** Stable identity across redrafts, e.g. {@code lesion:F1}. */
	final String key;
	/** What the item states; the wording library switches on it. */
	final String kind;
	ImpressionCategory category = ImpressionCategory.OTHER;
	boolean critical;
	/** Order within the category: smaller first. */
	int rank;
	/** Items of one group stay together (a lesion and its own SINS); the group key is the first member's. */
	String group;
	int member;
	final Map<String, Finding> roles = new LinkedHashMap<>();
	final Map<String, List<Finding>> lists = new LinkedHashMap<>();
	final Map<String, Conclusion> conclusions = new LinkedHashMap<>();
	final Map<String, Object> facts = new LinkedHashMap<>();
	final Set<Finding> findings = new LinkedHashSet<>();

	DraftItem(String key, String kind, ImpressionCategory category, int rank) {
		this.key = key;
		this.kind = kind;
		this.category = category;
		this.rank = rank;
		this.group = key;
	}

	/** Names a finding the wording refers to; the item links to it. */
	DraftItem role(String name, Finding f) {
		if (f != null) {
			roles.put(name, f);
			findings.add(f);
		}
		return this;
	}

	/** Adds a finding to a named list the wording refers to; the item links to it. */
	DraftItem add(String list, Finding f) {
		if (f != null) {
			lists.computeIfAbsent(list, k -> new ArrayList<>()).add(f);
			findings.add(f);
		}
		return this;
	}

	/** Names a conclusion the wording refers to; its findings are linked and a critical conclusion makes the item critical. */
	DraftItem conclusion(String name, Conclusion c, Map<String, Finding> byId) {
		if (c != null) {
			conclusions.put(name, c);
			c.reasons().forEach(r -> link(byId.get(r.findingId())));
			critical |= c.level() == ConclusionLevel.CRITICAL;
		}
		return this;
	}

	DraftItem link(Finding f) {
		if (f != null) {
			findings.add(f);
		}
		return this;
	}

	DraftItem fact(String name, Object value) {
		if (value != null) {
			facts.put(name, value);
		}
		return this;
	}

	DraftItem after(DraftItem lead) {
		group = lead.group;
		member = lead.member + 1;
		return this;
	}

	/** @return 0 for cord compression up to 5 for other findings; unassigned last */
	int categoryRank() {
		return category == ImpressionCategory.UNASSIGNED ? Integer.MAX_VALUE : category.getValue();
	}

	/** @return whether the category is one of the first three keys of guide 7.2 */
	boolean urgentCategory() {
		return category == ImpressionCategory.CORD_COMPRESSION || category == ImpressionCategory.EPIDURAL_ABSCESS
				|| category == ImpressionCategory.UNSTABLE_NEOPLASTIC;
	}

	/** @return the spine position of the first linked finding, for a stable cranio-caudal order */
	int position() {
		return findings.stream().filter(f -> f.getFrom() != null).mapToInt(f -> f.getFrom().position()).findFirst()
				.orElse(Integer.MAX_VALUE);
	}
}

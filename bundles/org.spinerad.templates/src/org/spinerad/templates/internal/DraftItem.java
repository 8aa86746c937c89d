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
import org.spinerad.templates.ImpressionPlan;

/**
 * One item of the drafted impression before it is worded: what it is about
 * ({@link #kind}), its ordering key (guide 7.2) and the findings, conclusions
 * and facts the wording in {@code lib/impression.ftl} needs. Never words.
 */
final class DraftItem implements ImpressionPlan.Item {

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
	/** The findings of the report by id, to link the findings of a conclusion's reasons. */
	private final Map<String, Finding> byId;

	DraftItem(String key, String kind, ImpressionCategory category, int rank, Map<String, Finding> byId) {
		this.key = key;
		this.kind = kind;
		this.category = category;
		this.rank = rank;
		this.group = key;
		this.byId = byId;
	}

	/** Names a finding the wording refers to; the item links to it. */
	@Override
	public DraftItem role(String name, Finding f) {
		if (f != null) {
			roles.put(name, f);
			findings.add(f);
		}
		return this;
	}

	/** Adds a finding to a named list the wording refers to; the item links to it. */
	@Override
	public DraftItem add(String list, Finding f) {
		if (f != null) {
			lists.computeIfAbsent(list, k -> new ArrayList<>()).add(f);
			findings.add(f);
		}
		return this;
	}

	/** Names a conclusion the wording refers to; its findings are linked and a critical conclusion makes the item critical. */
	@Override
	public DraftItem conclusion(String name, Conclusion c) {
		if (c != null) {
			conclusions.put(name, c);
			c.reasons().forEach(r -> link(byId.get(r.findingId())));
			critical |= c.level() == ConclusionLevel.CRITICAL;
		}
		return this;
	}

	@Override
	public DraftItem link(Finding f) {
		if (f != null) {
			findings.add(f);
		}
		return this;
	}

	@Override
	public DraftItem fact(String name, Object value) {
		if (value != null) {
			if (!plain(value)) {
				throw new IllegalArgumentException("Fact '" + name + "' of drafted item " + key + " is a "
						+ value.getClass().getName() + ": give the wording template only strings, numbers, "
						+ "booleans, and lists or maps of them");
			}
			facts.put(name, value);
		}
		return this;
	}

	/** @return whether the wording template may see the value: no Java object reaches the sandbox */
	private static boolean plain(Object value) {
		if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
			return true;
		}
		if (value instanceof List<?> list) {
			return list.stream().allMatch(DraftItem::plain);
		}
		if (value instanceof Map<?, ?> map) {
			return map.entrySet().stream().allMatch(e -> e.getKey() instanceof String && plain(e.getValue()));
		}
		return false;
	}

	@Override
	public DraftItem after(ImpressionPlan.Item lead) {
		DraftItem item = (DraftItem) lead;
		group = item.group;
		member = item.member + 1;
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

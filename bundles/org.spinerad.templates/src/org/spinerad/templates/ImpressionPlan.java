package org.spinerad.templates;

import java.util.List;
import java.util.Optional;

import org.spinerad.model.Finding;
import org.spinerad.model.ImpressionCategory;
import org.spinerad.model.Report;

/**
 * The drafted impression while an {@link ImpressionSelection} chooses its items:
 * the report, the conclusions of its decision support, and the items chosen so
 * far. Made by the workstation for each draft.
 */
public interface ImpressionPlan {

	/** @return the report being drafted; only read */
	Report report();

	/** @return the conclusions of one decision-support rule, e.g. {@code tumor.sins}, in decision-support order */
	List<Conclusion> conclusions(String ruleId);

	/** @return the first conclusion of one rule */
	Optional<Conclusion> first(String ruleId);

	/** @return the finding of that id in the report, or null */
	Finding finding(String id);

	/** @return the first finding of a type among the reasons of a conclusion, or null */
	<T extends Finding> T finding(Conclusion conclusion, Class<T> type);

	/** @return whether an item chosen so far states the finding (by a role or in a list) */
	boolean states(Finding finding);

	/**
	 * Adds an item.
	 *
	 * @param key      stable identity across redrafts, e.g. {@code lesion:F1}
	 * @param kind     what the item states; {@code lib/impression.ftl} words it by this
	 * @param category ordering key of guide 7.2
	 * @param rank     order within the category: smaller first
	 * @return the item, to name its findings, conclusions and facts
	 */
	Item add(String key, String kind, ImpressionCategory category, int rank);

	/** One item of the draft before it is worded; every finding it names is linked to it. */
	interface Item {

		/** Names a finding the wording refers to ({@code i.f.<name>}); null is ignored. */
		Item role(String name, Finding finding);

		/** Adds a finding to a named list the wording refers to ({@code i.lists.<name>}); null is ignored. */
		Item add(String list, Finding finding);

		/**
		 * Names a conclusion the wording refers to ({@code i.c.<name>}); the findings
		 * of its reasons are linked and a critical conclusion makes the item critical.
		 * Null is ignored.
		 */
		Item conclusion(String name, Conclusion conclusion);

		/** Links a finding without naming it; null is ignored. */
		Item link(Finding finding);

		/**
		 * Names a derived fact ({@code i.facts.<name>}): a string, number or boolean, or a
		 * list or map (string keys) of them; null is ignored.
		 *
		 * @throws IllegalArgumentException for any other value: no Java object reaches the wording template
		 */
		Item fact(String name, Object value);

		/** Keeps this item right after another one of the same plan (a lesion and its own SINS). */
		Item after(Item lead);
	}
}

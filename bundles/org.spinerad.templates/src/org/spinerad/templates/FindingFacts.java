package org.spinerad.templates;

import java.util.Comparator;
import java.util.List;

import org.spinerad.model.edit.Vocabulary;
import org.spinerad.model.Enhancement;
import org.spinerad.model.EnhancementPattern;
import org.spinerad.model.EnhancementPresence;
import org.spinerad.model.Finding;
import org.spinerad.model.Located;
import org.spinerad.model.Report;
import org.spinerad.model.SignalIntensity;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.levels.Vertebra;
import org.spinerad.model.query.Reports;

/**
 * Small read-only questions about findings that the decision support of the
 * template plugins shares. A plugin extends this class for its own questions.
 */
public class FindingFacts {

	/** Most important first: critical, warning, suggestion, info; stable otherwise. */
	public static final Comparator<Conclusion> IMPORTANCE = Comparator.comparing(Conclusion::level).reversed();

	/** For plugins that add their own questions. */
	protected FindingFacts() {
	}

	/** @return the findings of one class that carry a level, in report order */
	public static <T extends Finding> List<T> of(Report report, Class<T> type) {
		return Reports.findings(report).stream().filter(type::isInstance).map(type::cast)
				.filter(f -> f.getFrom() != null).toList();
	}

	/** @return the findings without a level, which decision support cannot place and so leaves out */
	public static List<Finding> unlocated(Report report) {
		return Reports.findings(report).stream().filter(f -> f.getFrom() == null).toList();
	}

	/** @return ordinal of the most cranial vertebra the item touches */
	public static int top(Located item) {
		return item.getFrom().upper().ordinal();
	}

	/** @return ordinal of the most caudal vertebra the item touches */
	public static int bottom(Located item) {
		SpineLevel end = item.getTo() != null ? item.getTo() : item.getFrom();
		return end.lower().ordinal();
	}

	/** @return whether the item touches a vertebra */
	public static boolean covers(Located item, Vertebra vertebra) {
		return item.getFrom() != null && top(item) <= vertebra.ordinal() && vertebra.ordinal() <= bottom(item);
	}

	/** @return whether the item touches any vertebra from top to bottom (ordinals, both included) */
	public static boolean overlaps(Located item, int top, int bottom) {
		return item.getFrom() != null && top(item) <= bottom && top <= bottom(item);
	}

	/** @return "L3-L4" or "L2 to L4" */
	public static String levels(Located item) {
		if (item.getFrom() == null) {
			return "level not recorded";
		}
		SpineLevel to = item.getTo();
		return to == null || to.equals(item.getFrom()) ? item.getFrom().toString() : item.getFrom() + " to " + to;
	}

	public static boolean enhances(Enhancement enhancement) {
		return enhancement != null && enhancement.getPresence() == EnhancementPresence.PRESENT;
	}

	/** @return whether the enhancement is peripheral (rim, or ring as its closed subtype) */
	public static boolean isRim(Enhancement enhancement) {
		return enhances(enhancement) && (enhancement.getPattern() == EnhancementPattern.RIM
				|| enhancement.getPattern() == EnhancementPattern.RING);
	}

	/** @return whether a signal is bright (hyperintense or fluid-like) */
	public static boolean bright(SignalIntensity signal) {
		return signal == SignalIntensity.HYPER || signal == SignalIntensity.FLUID_HYPER;
	}

	/** @return the vocabulary's words for a literal, e.g. "thick, irregular" for THICK_IRREGULAR */
	public static String words(org.eclipse.emf.common.util.Enumerator literal) {
		return Vocabulary.label(literal);
	}
}

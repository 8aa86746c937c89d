package org.spinerad.templates.tumor.internal;

import java.util.Comparator;
import java.util.List;

import org.spinerad.model.Enhancement;
import org.spinerad.model.EnhancementPresence;
import org.spinerad.model.Finding;
import org.spinerad.model.LesionNature;
import org.spinerad.model.Located;
import org.spinerad.model.Report;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.Conclusion;

/** Small read-only questions about findings that the tumor rules share. */
final class Findings {

	/** Most important first: critical, warning, suggestion, info; stable otherwise. */
	static final Comparator<Conclusion> IMPORTANCE = Comparator.comparing(Conclusion::level).reversed();

	private Findings() {
	}

	/** @return the findings of one class that carry a level, in report order */
	static <T extends Finding> List<T> of(Report report, Class<T> type) {
		return Reports.findings(report).stream().filter(type::isInstance).map(type::cast)
				.filter(f -> f.getFrom() != null).toList();
	}

	/** @return the findings of one class judged neoplastic by the radiologist (SINS and Bilsky apply to these only) */
	static <T extends Finding> List<T> neoplastic(Report report, Class<T> type) {
		return of(report, type).stream().filter(f -> f.getNature() == LesionNature.NEOPLASTIC).toList();
	}

	/** @return ordinal of the most cranial vertebra the item touches */
	static int top(Located item) {
		return item.getFrom().upper().ordinal();
	}

	/** @return ordinal of the most caudal vertebra the item touches */
	static int bottom(Located item) {
		SpineLevel end = item.getTo() != null ? item.getTo() : item.getFrom();
		return end.lower().ordinal();
	}

	/** @return whether the item touches any vertebra from top to bottom (ordinals, both included) */
	static boolean overlaps(Located item, int top, int bottom) {
		return item.getFrom() != null && top(item) <= bottom && top <= bottom(item);
	}

	/** @return "L3-L4" or "L2 to L4" */
	static String levels(Located item) {
		if (item.getFrom() == null) {
			return "level not recorded";
		}
		SpineLevel to = item.getTo();
		return to == null || to.equals(item.getFrom()) ? item.getFrom().toString() : item.getFrom() + " to " + to;
	}

	static boolean enhances(Enhancement enhancement) {
		return enhancement != null && enhancement.getPresence() == EnhancementPresence.PRESENT;
	}

	/** @return a literal in words, e.g. "thick irregular" for THICK_IRREGULAR */
	static String words(Enum<?> literal) {
		return literal.toString().replace('_', ' ');
	}
}

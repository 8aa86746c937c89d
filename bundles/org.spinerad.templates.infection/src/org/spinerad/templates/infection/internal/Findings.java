package org.spinerad.templates.infection.internal;

import java.util.BitSet;
import java.util.List;

import org.spinerad.model.Finding;
import org.spinerad.model.LesionNature;
import org.spinerad.model.Located;
import org.spinerad.model.Report;
import org.spinerad.model.levels.Vertebra;
import org.spinerad.templates.FindingFacts;

/** Small read-only questions about findings that the infection rules share. */
final class Findings extends FindingFacts {

	private Findings() {
	}

	/** @return the findings of one class judged infectious by the radiologist */
	static <T extends Finding> List<T> infectious(Report report, Class<T> type) {
		return of(report, type).stream().filter(f -> f.getNature() == LesionNature.INFECTIOUS).toList();
	}

	/**
	 * @return ordinals of the vertebrae the item touches; the numbering variants
	 *         T13 and L6 only when the item names them as an end
	 */
	static BitSet vertebrae(Located item) {
		BitSet set = new BitSet();
		if (item.getFrom() == null) {
			return set;
		}
		set.set(top(item), bottom(item) + 1);
		for (Vertebra variant : List.of(Vertebra.T13, Vertebra.L6)) {
			if (variant.ordinal() != top(item) && variant.ordinal() != bottom(item)) {
				set.clear(variant.ordinal());
			}
		}
		return set;
	}
}

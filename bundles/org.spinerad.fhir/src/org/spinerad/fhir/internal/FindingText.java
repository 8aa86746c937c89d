package org.spinerad.fhir.internal;

import org.spinerad.model.Finding;
import org.spinerad.model.Side;
import org.spinerad.model.edit.Formats;
import org.spinerad.model.edit.Vocabulary;

/** The words of one finding for its Observation: where it is, and what it is. */
final class FindingText {

	private FindingText() {
	}

	/** @return e.g. "Epidural space, L2 to L4, left" */
	static String site(String region, Finding f) {
		StringBuilder b = new StringBuilder(region);
		String levels = Formats.levels(f);
		if (levels != null) {
			b.append(", ").append(levels);
		}
		if (f.getSide() != null && f.getSide() != Side.UNSPECIFIED) {
			b.append(", ").append(Vocabulary.label(f.getSide()));
		}
		return b.toString();
	}

	/** @return e.g. "Epidural space, L2 to L4, left: rim-enhancing collection, 24 x 31 x 56 mm. Critical finding." */
	static String of(String region, Finding f) {
		StringBuilder b = new StringBuilder(site(region, f)).append(": ");
		b.append(sentence(FhirReportBuilder.isBlank(f.getDescription()) ? "finding" : f.getDescription()));
		String size = Formats.size(f);
		if (size != null && (f.getDescription() == null || !f.getDescription().contains(" mm"))) {
			b.append(" Size ").append(size).append('.');
		}
		if (!FhirReportBuilder.isBlank(f.getRemark())) {
			b.append(' ').append(sentence(f.getRemark()));
		}
		if (f.isCritical()) {
			b.append(" Critical finding.");
		}
		return b.toString();
	}

	private static String sentence(String text) {
		String s = text.strip();
		return s.endsWith(".") || s.endsWith("!") || s.endsWith("?") ? s : s + ".";
	}
}
